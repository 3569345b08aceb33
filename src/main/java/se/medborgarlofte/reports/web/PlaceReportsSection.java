package se.medborgarlofte.reports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.reports.Hotspot;
import se.medborgarlofte.reports.Hotspots;
import se.medborgarlofte.reports.PlaceReportQueries;
import se.medborgarlofte.reports.PublicReport;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.reports.ReportCategory;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/**
 * Citizens' reports on the kommun page: the map with published reports and hotspots, the hotspot table, the latest
 * reports, and the way to report a problem. Always shown, since the link to report matters most when nothing has
 * been reported yet.
 */
@Component
class PlaceReportsSection implements PageSection {

  static final int LATEST = 20;
  static final int MAP_REPORTS = 2000;

  /** A report as the section lists it, with its category and place named. */
  record Row(PublicReport report, String category, String place) {}

  private final PlaceReportQueries queries;
  private final Hotspots hotspots;
  private final ReportCategories categories;
  private final Places places;
  private final Municipalities municipalities;
  private final ReportMap map;
  private final MessageSource messages;

  PlaceReportsSection(PlaceReportQueries queries, Hotspots hotspots, ReportCategories categories, Places places,
      Municipalities municipalities, ReportMap map, MessageSource messages) {
    this.queries = queries;
    this.hotspots = hotspots;
    this.categories = categories;
    this.places = places;
    this.municipalities = municipalities;
    this.map = map;
    this.messages = messages;
  }

  @Override
  public Page page() {
    return Page.MUNICIPALITY;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String template() {
    return "reports/section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    String code = context.municipalityCode();
    var kommun = municipalities.find(code);
    if (kommun.isEmpty()) {
      return Optional.empty();
    }
    List<PublicReport> published = queries.published(code, null, null, MAP_REPORTS);
    List<Hotspot> spots = hotspots.in(code, null, null, null);
    Map<String, String> categoryNames = categories.all().stream()
        .collect(Collectors.toMap(ReportCategory::code, c -> c.name(context.locale())));
    Map<Long, String> placeNames = places.in(code).stream().collect(Collectors.toMap(Place::id, Place::name));
    Function<PublicReport, Row> row = r -> new Row(r, categoryNames.getOrDefault(r.category(), r.category()),
        r.placeId() == null ? null : placeNames.get(r.placeId()));
    String title = messages.getMessage("reports.map.title",
        new Object[] {kommun.get().name(), published.size(), spots.size()}, context.locale());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", kommun.get().name());
    model.put("map", map.draw(code, title, published, spots));
    model.put("hotspots", spots.stream().limit(10).map(h -> Map.of("h", h, "category",
        categoryNames.getOrDefault(h.category(), h.category()))).toList());
    model.put("reports", published.stream().limit(LATEST).map(row).toList());
    model.put("count", published.size());
    model.put("example", published.stream().anyMatch(PublicReport::example));
    model.put("reportUrl", "/kommuner/" + code + "/rapportera");
    model.put("geoJsonUrl", "/api/v1/place-reports.geojson?municipality=" + code);
    return Optional.of(SectionContent.of(model));
  }
}
