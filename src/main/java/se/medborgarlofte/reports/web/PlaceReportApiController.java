package se.medborgarlofte.reports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.reports.Hotspot;
import se.medborgarlofte.reports.Hotspots;
import se.medborgarlofte.reports.ModerationItem;
import se.medborgarlofte.reports.NewPlaceReport;
import se.medborgarlofte.reports.Open311Clients;
import se.medborgarlofte.reports.PlaceReport;
import se.medborgarlofte.reports.PlaceReportQueries;
import se.medborgarlofte.reports.PlaceReports;
import se.medborgarlofte.reports.PublicReport;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.reports.ReportCategory;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/** API v1 of place reports: anonymous submission, public reads (rounded), moderation, hotspots. */
@RestController
class PlaceReportApiController {

  static final int LIST_LIMIT = 1000;

  /** The body of {@code POST /api/v1/place-reports}. */
  record PlaceReportBody(String municipalityCode, String category, String description, Double lat, Double lon,
      String timeOfDay, String email, Long placeId, String location) {}

  record ModerationBody(String decision, String reason, String editedDescription) {}

  record StatusBody(String status, String note) {}

  record ClientBody(String name) {}

  private final PlaceReports reports;
  private final PlaceReportQueries queries;
  private final ReportCategories categories;
  private final Hotspots hotspots;
  private final Municipalities municipalities;
  private final Open311Clients clients;
  private final se.medborgarlofte.reports.PublicMapData mapData;

  PlaceReportApiController(se.medborgarlofte.reports.PublicMapData mapData, PlaceReports reports, PlaceReportQueries queries, ReportCategories categories,
      Hotspots hotspots, Municipalities municipalities, Open311Clients clients) {
    this.reports = reports;
    this.queries = queries;
    this.categories = categories;
    this.hotspots = hotspots;
    this.municipalities = municipalities;
    this.clients = clients;
    this.mapData = mapData;
  }

  @GetMapping("/api/v1/report-categories")
  List<ReportCategory> categories() {
    return categories.all();
  }

  @PostMapping("/api/v1/report-categories")
  ResponseEntity<ReportCategory> addCategory(@RequestBody ReportCategory category) {
    ReportCategory added = categories.add(CurrentMember.require(), category);
    return ResponseEntity.created(URI.create("/api/v1/report-categories")).body(added);
  }

  /** Anonymous: the report waits for moderation, and nobody sees it until a moderator publishes it. */
  @PostMapping("/api/v1/place-reports")
  ResponseEntity<Map<String, Object>> submit(@RequestBody PlaceReportBody body) {
    if (body == null) {
      throw InvalidInputException.of("body", "send a JSON object");
    }
    long id = reports.submit(new NewPlaceReport(body.municipalityCode(), body.category(), body.description(),
        body.timeOfDay(), body.lat(), body.lon(), body.placeId(), body.location(), body.email(), null, "API"));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "AWAITING_MODERATION"));
  }

  @GetMapping("/api/v1/place-reports")
  List<PublicReport> published(@RequestParam String municipality,
      @RequestParam(required = false) String category, @RequestParam(required = false) String status) {
    requireMunicipality(municipality);
    return queries.published(municipality, blankToNull(category), status(status), LIST_LIMIT);
  }

  @GetMapping("/api/v1/place-reports/{id}")
  PublicReport publishedById(@PathVariable long id) {
    return queries.publishedById(id).orElseThrow(() -> new NotFoundException("no published place report " + id));
  }

  /** The public map's data: published reports as GeoJSON points, rounded. */
  @GetMapping(path = "/api/v1/place-reports.geojson", produces = "application/geo+json")
  org.springframework.http.ResponseEntity<byte[]> geoJson(@RequestParam String municipality,
      @RequestParam(required = false) String category,
      @org.springframework.web.bind.annotation.RequestHeader(value = "If-None-Match", required = false)
      String ifNoneMatch,
      @org.springframework.web.bind.annotation.RequestHeader(value = "Accept-Encoding", required = false)
      String acceptEncoding) {
    requireMunicipality(municipality);
    return KeptBytes.answer(mapData.answer(municipality, blankToNull(category)), ifNoneMatch, acceptEncoding);
  }

  /** Reports awaiting moderation in the kommuner the caller moderates (one kommun when asked). */
  @GetMapping("/api/v1/place-reports/moderation-queue")
  List<ModerationItem> queue(@RequestParam(required = false) String municipality) {
    Member member = CurrentMember.require();
    if (municipality != null && !municipality.isBlank()) {
      requireMunicipality(municipality);
      if (!reports.moderates(member, municipality)) {
        throw new org.springframework.security.access.AccessDeniedException("not a moderator of " + municipality);
      }
      return queries.awaiting(List.of(municipality), LIST_LIMIT);
    }
    if (member.isAdmin()) {
      return queries.awaiting(null, LIST_LIMIT);
    }
    List<String> codes = municipalities.all().stream().map(m -> m.code())
        .filter(code -> reports.moderates(member, code)).toList();
    if (codes.isEmpty()) {
      throw new org.springframework.security.access.AccessDeniedException("moderates no kommun");
    }
    return queries.awaiting(codes, LIST_LIMIT);
  }

  @PostMapping("/api/v1/place-reports/{id}/moderation")
  Map<String, Object> moderate(@PathVariable long id, @RequestBody ModerationBody body) {
    PlaceReport r = reports.moderate(CurrentMember.require(), id, body.decision(), body.reason(),
        body.editedDescription());
    return Map.of("id", r.id(), "status", r.moderation().name());
  }

  @PostMapping("/api/v1/place-reports/{id}/status")
  Map<String, Object> status(@PathVariable long id, @RequestBody StatusBody body) {
    PlaceReport r = reports.changeStatus(CurrentMember.require(), id,
        body.status() == null ? null : body.status().toUpperCase(Locale.ROOT), body.note());
    return Map.of("id", r.id(), "status", r.status());
  }

  @GetMapping("/api/v1/hotspots")
  List<Hotspot> hotspots(@RequestParam String municipality, @RequestParam(required = false) String category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "100") int limit) {
    requireMunicipality(municipality);
    if (limit < 1 || limit > 10_000) {
      throw InvalidInputException.of("limit", "must be 1–10 000, not " + limit);
    }
    // The ranking is over all clusters; the answer carries the largest (a dense kommun has thousands of small ones).
    return hotspots.in(municipality, blankToNull(category), from, to).stream().limit(limit).toList();
  }

  @PostMapping("/api/v1/open311-clients")
  ResponseEntity<Open311Clients.IssuedKey> issueKey(@RequestBody ClientBody body) {
    var issued = clients.issue(CurrentMember.require(), body.name());
    return ResponseEntity.status(HttpStatus.CREATED).body(issued);
  }

  private void requireMunicipality(String code) {
    if (!municipalities.exists(code)) {
      throw new NotFoundException("no municipality " + code);
    }
  }

  private static String status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    String s = status.strip().toUpperCase(Locale.ROOT);
    if (!s.equals("OPEN") && !s.equals("CLOSED")) {
      throw InvalidInputException.of("status", "must be OPEN or CLOSED, not " + status);
    }
    return s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
