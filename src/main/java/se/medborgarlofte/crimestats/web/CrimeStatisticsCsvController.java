package se.medborgarlofte.crimestats.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.medborgarlofte.crimestats.CrimeStatistics;
import se.medborgarlofte.crimestats.FigureView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.NotFoundException;

/**
 * A kommun's current figures as a file a spreadsheet opens as it is: UTF-8 with a byte-order mark (so Excel reads
 * å, ä, ö), {@code ;} between fields, a decimal comma and {@code ..} for a missing value, as BRÅ writes them.
 */
@Controller
class CrimeStatisticsCsvController {

  static final String HEADER = "status;period;area_code;crime_type;count;rate_per_100k\r\n";

  private final CrimeStatistics statistics;
  private final Municipalities municipalities;

  CrimeStatisticsCsvController(CrimeStatistics statistics, Municipalities municipalities) {
    this.statistics = statistics;
    this.municipalities = municipalities;
  }

  @GetMapping("/kommuner/{code}/brottsstatistik.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code) {
    if (!code.matches("[0-9]{4}") || !municipalities.exists(code)) {
      throw new NotFoundException("no kommun " + code);
    }
    StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
    for (FigureView f : statistics.figures(code, null, null, null)) {
      csv.append(f.status().name()).append(';').append(f.period()).append(';').append(f.areaCode()).append(';')
          .append(f.crimeType()).append(';').append(f.count() == null ? ".." : f.count().toString()).append(';')
          .append(f.ratePer100k() == null ? ".." : f.ratePer100k().toPlainString().replace('.', ','))
          .append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("brottsstatistik-" + code + ".csv").build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
