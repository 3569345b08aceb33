package se.medborgarlofte.crimestats.web;

import java.net.URI;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.crimestats.Comparison;
import se.medborgarlofte.crimestats.CrimeStatistics;
import se.medborgarlofte.crimestats.CrimeStatisticsImport;
import se.medborgarlofte.crimestats.CrimeStatisticsImportQueue;
import se.medborgarlofte.crimestats.CrimeType;
import se.medborgarlofte.crimestats.CrimeTypes;
import se.medborgarlofte.crimestats.FigureView;
import se.medborgarlofte.crimestats.ImportResult;
import se.medborgarlofte.crimestats.ImportView;
import se.medborgarlofte.crimestats.Period;
import se.medborgarlofte.crimestats.Trend;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/** API v1 of crime statistics: imports (admins), figures, comparisons and crime types (public). */
@RestController
class CrimeStatisticsApiController {

  private static final String IMPORTS = "/api/v1/crime-statistics/imports";

  private final CrimeStatisticsImportQueue queue;
  private final java.time.Duration wait;
  private final CrimeStatistics statistics;
  private final CrimeTypes crimeTypes;

  CrimeStatisticsApiController(CrimeStatisticsImportQueue queue, CrimeStatistics statistics, CrimeTypes crimeTypes,
      @org.springframework.beans.factory.annotation.Value("${medborgarlofte.crimestats.import-wait:PT5S}")
      java.time.Duration wait) {
    this.queue = queue;
    this.wait = wait;
    this.statistics = statistics;
    this.crimeTypes = crimeTypes;
  }

  /**
   * The file as the body; its name, when the client sends one, in {@code Content-Disposition}. The body is spooled
   * to a file under the data directory, never held in memory, and the import is recorded before it is acknowledged:
   * 201 when it finished within the wait, else 202 with the import's URL to follow.
   */
  @PostMapping(path = IMPORTS, consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<Object> importBody(InputStream body,
      @RequestHeader(name = "Content-Disposition", required = false) String disposition) throws IOException {
    Member member = CurrentMember.require();
    String name = disposition == null ? null
        : org.springframework.http.ContentDisposition.parse(disposition).getFilename();
    CrimeStatisticsImport.requireMayImport(member);
    return answer(queue.submit(member, name, queue.spool(body), wait));
  }

  @PostMapping(path = IMPORTS, consumes = "multipart/form-data")
  ResponseEntity<Object> importMultipart(@RequestPart("file") MultipartFile file) throws IOException {
    Member member = CurrentMember.require();
    CrimeStatisticsImport.requireMayImport(member);
    return answer(queue.submit(member, file.getOriginalFilename(), queue.spool(file.getInputStream()), wait));
  }

  private static ResponseEntity<Object> answer(CrimeStatisticsImportQueue.Submitted submitted) {
    URI location = URI.create(IMPORTS + "/" + submitted.importId());
    if (submitted.rejection() != null) {
      throw submitted.rejection();
    }
    if (submitted.running()) {
      return ResponseEntity.accepted().location(location)
          .body(java.util.Map.of("importId", submitted.importId(), "status", "RUNNING"));
    }
    ImportResult result = submitted.result();
    return ResponseEntity.created(URI.create(IMPORTS + "/" + result.importId())).body(result);
  }

  /** The history entry of an import: for those who read everything (admins, analysts), as it names who imported. */
  @GetMapping(IMPORTS + "/{importId}")
  ImportView importById(@PathVariable long importId) {
    Member member = CurrentMember.require();
    if (!member.readsEverything()) {
      throw new org.springframework.security.access.AccessDeniedException("imports are read by admins and analysts");
    }
    ImportView view = statistics.importById(importId).orElseThrow(() -> new NotFoundException("no import " + importId));
    return view.running() && view.bytes() != null
        ? view.withProgress(queue.progress(importId, view.bytes()).map(p -> p.percent()).orElse(null)) : view;
  }

  @GetMapping("/api/v1/crime-statistics")
  List<FigureView> figures(@RequestParam String area, @RequestParam(required = false) String crimeType,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return statistics.figures(area, blankToNull(crimeType), period("from", from), period("to", to));
  }

  @GetMapping("/api/v1/crime-statistics/comparison")
  Comparison comparison(@RequestParam String area, @RequestParam String crimeType, @RequestParam int year,
      @RequestParam(required = false) Integer throughQuarter, @RequestParam(required = false) Integer throughMonth,
      @RequestParam(required = false) List<String> similarTo) {
    return statistics.compare(area, crimeType, year, throughQuarter, throughMonth,
        similarTo == null ? List.of() : similarTo.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
  }

  @GetMapping("/api/v1/crime-statistics/trend")
  Trend trend(@RequestParam String area, @RequestParam String crimeType,
      @RequestParam(defaultValue = "5") int years) {
    return statistics.trend(area, crimeType, years);
  }

  @GetMapping("/api/v1/crime-types")
  List<CrimeType> crimeTypes() {
    return crimeTypes.all();
  }

  @PostMapping("/api/v1/crime-types")
  ResponseEntity<CrimeType> addCrimeType(@RequestBody CrimeType type) {
    CrimeType added = crimeTypes.add(CurrentMember.require(), type);
    return ResponseEntity.created(URI.create("/api/v1/crime-types")).body(added);
  }

  private static Period period(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Period.parse(text).orElseThrow(() -> InvalidInputException.of(name,
        "not a period: write 2016, 2016Q3 or 2016-07"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
