package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.MunicipalityGeometry;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.reports.NewPlaceReport;
import se.medborgarlofte.reports.Open311Clients;
import se.medborgarlofte.reports.PlaceReportQueries;
import se.medborgarlofte.reports.PlaceReportQueries.StatusUpdate;
import se.medborgarlofte.reports.PlaceReports;
import se.medborgarlofte.reports.PublicReport;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.reports.ReportCategory;
import se.medborgarlofte.shared.plugin.BaseUrl;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: discovery, services, service definitions, requests (search, one,
 * create with an app's {@code api_key}) and mySociety's read-only {@code servicerequestupdates}; each as
 * {@code .json} or {@code .xml}. Only published reports, rounded, without the reporter. The jurisdiction is the
 * kommun ({@code jurisdiction_id} = its code); a request with a point finds its kommun by the point.
 */
@RestController
class Open311Controller {

  static final int LIMIT = 1000;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final ReportCategories categories;
  private final PlaceReportQueries queries;
  private final PlaceReports reports;
  private final Open311Clients clients;
  private final Municipalities municipalities;
  private final MunicipalityGeometry geometry;
  private final JsonMapper json;
  private final BaseUrl baseUrl;

  Open311Controller(ReportCategories categories, PlaceReportQueries queries, PlaceReports reports,
      Open311Clients clients, Municipalities municipalities, MunicipalityGeometry geometry, JsonMapper json,
      BaseUrl baseUrl) {
    this.categories = categories;
    this.queries = queries;
    this.reports = reports;
    this.clients = clients;
    this.municipalities = municipalities;
    this.geometry = geometry;
    this.json = json;
    this.baseUrl = baseUrl;
  }

  @GetMapping("/open311/v2/discovery.{format}")
  ResponseEntity<String> discovery(@PathVariable String format) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
    endpoint.put("url", baseUrl.of("/open311/v2"));
    endpoint.put("changeset", "2026-11-30T00:00:00Z");
    endpoint.put("type", "production");
    endpoint.put("formats", List.of("text/xml", "application/json"));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("changeset", "2026-11-30T00:00:00Z");
    d.put("contact", "Kommunens brottsförebyggande samordnare; API keys from the platform's administrator");
    d.put("key_service", "An administrator issues keys: POST /api/v1/open311-clients");
    d.put("max_requests", LIMIT);
    d.put("endpoints", List.of(endpoint));
    return answer(format, "discovery", d);
  }

  @GetMapping("/open311/v2/services.{format}")
  ResponseEntity<String> services(@PathVariable String format) {
    List<Map<String, Object>> services = categories.all().stream().map(c -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("service_code", c.code());
      s.put("service_name", c.nameSv());
      s.put("description", c.nameEn());
      s.put("metadata", "true");
      s.put("type", "realtime");
      s.put("keywords", c.problemCategory().toLowerCase(java.util.Locale.ROOT));
      s.put("group", c.problemCategory());
      return s;
    }).toList();
    return answer(format, "services", services);
  }

  @GetMapping("/open311/v2/services/{code}.{format}")
  ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
    checkFormat(format);
    ReportCategory c = categories.find(code)
        .orElseThrow(() -> new Open311Exception(404, "service_code " + code + " not found"));
    List<Map<String, Object>> values = new ArrayList<>();
    for (String[] v : new String[][] {{"MORNING", "Morgon"}, {"DAY", "Dag"}, {"EVENING", "Kväll"},
        {"NIGHT", "Natt"}}) {
      values.add(Map.of("key", v[0], "name", v[1]));
    }
    Map<String, Object> attribute = new LinkedHashMap<>();
    attribute.put("variable", "true");
    attribute.put("code", "time_of_day");
    attribute.put("datatype", "singlevaluelist");
    attribute.put("required", "false");
    attribute.put("datatype_description", "När på dygnet problemet märks / time of day");
    attribute.put("order", 1);
    attribute.put("description", "När på dygnet?");
    attribute.put("values", values);
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", c.code());
    definition.put("attributes", List.of(attribute));
    return answer(format, "service_definition", definition);
  }

  @GetMapping("/open311/v2/requests.{format}")
  ResponseEntity<String> requests(@PathVariable String format,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end,
      @RequestParam(required = false) String status) {
    checkFormat(format);
    List<Long> idList = list(ids).stream().map(id -> {
      try {
        return Long.valueOf(id);
      } catch (NumberFormatException e) {
        throw new Open311Exception(400, "service_request_id: '" + id + "' is not a request id");
      }
    }).toList();
    String s = null;
    if (status != null && !status.isBlank()) {
      if (!status.equals("open") && !status.equals("closed")) {
        throw new Open311Exception(400, "status: must be open or closed, not '" + status + "'");
      }
      s = status.toUpperCase(java.util.Locale.ROOT);
    }
    List<PublicReport> found = queries.search(idList, list(codes), date("start_date", start), date("end_date", end), s,
        LIMIT);
    return answer(format, "service_requests", requestObjects(found));
  }

  @GetMapping("/open311/v2/requests/{id}.{format}")
  ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
    checkFormat(format);
    long reportId;
    try {
      reportId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new Open311Exception(404, "service_request_id " + id + " not found");
    }
    PublicReport r = queries.publishedById(reportId)
        .orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " not found"));
    return answer(format, "service_requests", requestObjects(List.of(r)));
  }

  /** Form-encoded, with the app's key; the report enters moderation and is public only once published. */
  @PostMapping("/open311/v2/requests.{format}")
  ResponseEntity<String> create(@PathVariable String format, HttpServletRequest request) {
    checkFormat(format);
    String client = clients.clientOf(request.getParameter("api_key"))
        .orElseThrow(() -> new Open311Exception(403, "api_key: missing or not a valid key"));
    String code = request.getParameter("service_code");
    if (code == null || code.isBlank()) {
      throw new Open311Exception(400, "service_code: required");
    }
    Double lat = number(request, "lat");
    Double lon = number(request, "long");
    String address = request.getParameter("address_string");
    String jurisdiction = request.getParameter("jurisdiction_id");
    String kommun;
    if (lat != null && lon != null) {
      kommun = geometry.municipalityAt(lat, lon).orElseThrow(() -> new Open311Exception(400,
          "lat, long: the point " + lat + ", " + lon + " lies in no Swedish municipality"));
      if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(kommun)) {
        throw new Open311Exception(400, "lat, long: the point lies outside jurisdiction " + jurisdiction);
      }
    } else if (address != null && !address.isBlank() && jurisdiction != null && municipalities.exists(jurisdiction)) {
      kommun = jurisdiction;
    } else {
      throw new Open311Exception(400, "lat, long: give lat and long, or address_string with jurisdiction_id"
          + " (a municipality code)");
    }
    long id = reports.submit(new NewPlaceReport(kommun, code, request.getParameter("description"),
        request.getParameter("attribute[time_of_day]"), lat, lon, null, address, request.getParameter("email"), null,
        "OPEN311:" + client));
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("service_request_id", String.valueOf(id));
    created.put("service_notice", "Rapporten granskas innan den publiceras / moderated before it is published");
    return answer(format, "service_requests", List.of(created));
  }

  /** mySociety's extension, read-only: the status changes of published reports. */
  @GetMapping("/open311/v2/servicerequestupdates.{format}")
  ResponseEntity<String> updates(@PathVariable String format,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end) {
    checkFormat(format);
    List<Map<String, Object>> updates = new ArrayList<>();
    for (StatusUpdate u : queries.statusUpdates(date("start_date", start), date("end_date", end), LIMIT)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("update_id", String.valueOf(u.updateId()));
      m.put("service_request_id", String.valueOf(u.reportId()));
      m.put("status", u.status().toLowerCase(java.util.Locale.ROOT));
      m.put("updated_datetime", W3C.format(u.updatedAt().atZoneSameInstant(SWEDEN)));
      m.put("description", u.note() == null ? "" : u.note());
      updates.add(m);
    }
    return answer(format, "service_request_updates", updates);
  }

  private List<Map<String, Object>> requestObjects(List<PublicReport> found) {
    Map<String, ReportCategory> byCode = categories.all().stream()
        .collect(Collectors.toMap(ReportCategory::code, Function.identity()));
    Map<String, String> names = new LinkedHashMap<>();
    List<Map<String, Object>> out = new ArrayList<>();
    for (PublicReport r : found) {
      String agency = names.computeIfAbsent(r.municipalityCode(), code -> municipalities.find(code)
          .map(MunicipalityView::name).map(n -> n + " kommun").orElse(code));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("service_request_id", String.valueOf(r.id()));
      m.put("status", r.status().toLowerCase(java.util.Locale.ROOT));
      m.put("status_notes", r.statusNote());
      ReportCategory c = byCode.get(r.category());
      m.put("service_name", c == null ? r.category() : c.nameSv());
      m.put("service_code", r.category());
      m.put("description", r.description());
      m.put("agency_responsible", agency);
      // The day, not the minute: with the rounded point, the exact time could point out who reported.
      m.put("requested_datetime", W3C.format(r.submittedOn().atStartOfDay(SWEDEN)));
      m.put("updated_datetime", W3C.format(r.updatedAt().atZoneSameInstant(SWEDEN)));
      m.put("address_id", r.placeId() == null ? null : String.valueOf(r.placeId()));
      m.put("lat", r.lat());
      m.put("long", r.lon());
      out.add(m);
    }
    return out;
  }

  private ResponseEntity<String> answer(String format, String root, Object body) {
    checkFormat(format);
    if (format.equals("xml")) {
      return ResponseEntity.ok().contentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
          .body(Open311Xml.write(root, body));
    }
    Object shaped = body;
    if (root.equals("service_request_updates")) {
      shaped = Map.of("service_request_updates", body);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(shaped));
  }

  static void checkFormat(String format) {
    if (!"json".equals(format) && !"xml".equals(format)) {
      throw new Open311Exception(404, "format " + format + " not supported: use .json or .xml");
    }
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static OffsetDateTime date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip(), W3C);
    } catch (DateTimeParseException e) {
      throw new Open311Exception(400, name + ": '" + text + "' is not a W3C datetime such as 2026-01-01T00:00:00Z");
    }
  }

  private static Double number(HttpServletRequest request, String name) {
    String text = request.getParameter(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new Open311Exception(400, name + ": '" + text + "' is not a number");
    }
  }
}
