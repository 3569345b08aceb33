package se.medborgarlofte.reports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.reports.EstReports;
import se.medborgarlofte.shared.InvalidInputException;

/** API v1 of EST reporting: file a week's counts; the weekly situation view. */
@RestController
class EstApiController {

  record EstBody(String municipalityCode, Long placeId, LocalDate week, Map<String, Integer> counts) {}

  private final EstReports est;

  EstApiController(EstReports est) {
    this.est = est;
  }

  @PostMapping("/api/v1/est-reports")
  ResponseEntity<Map<String, Object>> file(@RequestBody EstBody body) {
    if (body == null) {
      throw InvalidInputException.of("body", "send a JSON object");
    }
    long id = est.file(CurrentMember.require(), body.municipalityCode(), body.placeId(), body.week(), body.counts());
    return ResponseEntity.created(URI.create("/api/v1/est-reports/" + id)).body(Map.of("id", id,
        "week", EstReports.weekOf(body.week()).toString()));
  }

  @GetMapping("/api/v1/est-reports/situation")
  List<EstReports.Change> situation(@RequestParam String municipality,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
    return est.situation(CurrentMember.require(), municipality, week);
  }
}
