package se.medborgarlofte.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Turns a hotspot into one of the kommun's places (kind POINT at its centre), so staff can plan a safety walk there,
 * name it in a commitment and count activities at it. The place is made by organisation's {@link Places#add}, which
 * checks the caller (the kommun's coordinators and admins), the name (1–120 characters, unique in the kommun) and
 * audits it; this service adds an audit entry linking the hotspot to the place.
 */
@Service
public class HotspotPlaces {

  /** How far a place may lie from a hotspot's centre to lend it its name in the suggested place name. */
  static final double NEAR_METRES = 1_000;

  private static final Pattern REPORT_ID = Pattern.compile("H-(\\d{1,18})");
  private static final Pattern EST_ID = Pattern.compile("H-E(\\d{1,18})");

  /**
   * A hotspot as the admin page shows it.
   *
   * @param existing the nearest of the kommun's places inside the hotspot's circle, or null
   * @param nearby the nearest place with a point within {@link #NEAR_METRES} when none is inside, or null
   */
  public record Row(Hotspot hotspot, String categoryName, Place existing, Place nearby) {}

  private final Hotspots hotspots;
  private final Places places;
  private final PlaceReports reports;
  private final ReportCategories categories;
  private final Municipalities municipalities;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  HotspotPlaces(Hotspots hotspots, Places places, PlaceReports reports, ReportCategories categories,
      Municipalities municipalities, JdbcClient jdbc, AuditTrail audit) {
    this.hotspots = hotspots;
    this.places = places;
    this.reports = reports;
    this.categories = categories;
    this.municipalities = municipalities;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Who sees the page: the kommun's partnership (reports.read for it or its police area) and whoever saves places. */
  public boolean reads(Member by, String municipalityCode) {
    return reports.holds(by, EstReports.READ, municipalityCode) || savesPlaces(by, municipalityCode);
  }

  /** Who may save a hotspot as a place: whoever edits the kommun's places. */
  public boolean savesPlaces(Member by, String municipalityCode) {
    return by.editsForMunicipality(municipalityCode);
  }

  /** The largest {@code limit} ranked hotspots of the kommun (every category, all time), each with its place. */
  public List<Row> of(Member by, String municipalityCode, Locale locale, int limit) {
    requireMunicipality(municipalityCode);
    if (!reads(by, municipalityCode)) {
      throw new AccessDeniedException("the hotspot page is for the kommun's partnership");
    }
    Map<String, String> names = new LinkedHashMap<>();
    categories.all().forEach(c -> names.put(c.code(), c.name(locale)));
    List<Place> points = places.in(municipalityCode).stream()
        .filter(p -> p.latitude() != null && p.longitude() != null).toList();
    List<Row> rows = new java.util.ArrayList<>();
    for (Hotspot h : hotspots.in(municipalityCode, null, null, null).stream().limit(limit).toList()) {
      Place nearest = nearest(h, points);
      Place inside = nearest != null && h.covers(nearest.latitude(), nearest.longitude()) ? nearest : null;
      Place nearby = nearest != null && inside == null && distance(h, nearest) <= NEAR_METRES ? nearest : null;
      rows.add(new Row(h, names.getOrDefault(h.category(), h.category()), inside, nearby));
    }
    return rows;
  }

  /**
   * The place nearest the hotspot's centre, compared in squared degrees with longitude scaled once per hotspot (one
   * cosine per hotspot rather than a projection per place: 100 hotspots × 2 000 places is 200 000 comparisons).
   */
  private static Place nearest(Hotspot h, List<Place> points) {
    double cos = Math.cos(Math.toRadians(h.lat()));
    Place best = null;
    double bestSquared = Double.MAX_VALUE;
    for (Place p : points) {
      double dy = p.latitude() - h.lat();
      double dx = (p.longitude() - h.lon()) * cos;
      double squared = dx * dx + dy * dy;
      if (squared < bestSquared) {
        bestSquared = squared;
        best = p;
      }
    }
    return best;
  }

  /** The names of the kommun's places, in lower case: a suggested name must not be one of them (409). */
  public java.util.Set<String> placeNames(String municipalityCode) {
    return places.in(municipalityCode).stream().map(p -> p.name().toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The kommun a hotspot id belongs to, read from this module's own rows: {@code H-<report>} from the report,
   * {@code H-E<observation>} from the EST report. A hotspot named by a dialogue entry ({@code H-D…}) is not known
   * here (the dialogue's tables are its own), so the caller names the kommun.
   */
  public Optional<String> municipalityOf(String hotspotId) {
    Matcher report = REPORT_ID.matcher(hotspotId == null ? "" : hotspotId);
    if (report.matches()) {
      return jdbc.sql("select municipality_code from reports_place_report where id = ?")
          .param(Long.parseLong(report.group(1))).query(String.class).optional();
    }
    Matcher est = EST_ID.matcher(hotspotId == null ? "" : hotspotId);
    if (est.matches()) {
      // An observation's id is its weekly report's id times 8 plus the checklist position (HotspotSources).
      return jdbc.sql("select municipality_code from reports_est_report where id = ?")
          .param(Long.parseLong(est.group(1)) / 8).query(String.class).optional();
    }
    return Optional.empty();
  }

  /** The kommun's hotspot with this id (every category, all time), or 404. */
  public Hotspot find(String municipalityCode, String hotspotId) {
    requireMunicipality(municipalityCode);
    return hotspots.in(municipalityCode, null, null, null).stream().filter(h -> h.id().equals(hotspotId))
        .findFirst().orElseThrow(() -> new NotFoundException("kommun " + municipalityCode + " has no hotspot "
            + hotspotId));
  }

  /** Does the kommun have a hotspot with this id? */
  public boolean has(String municipalityCode, String hotspotId) {
    return municipalities.exists(municipalityCode) && hotspots.in(municipalityCode, null, null, null).stream()
        .anyMatch(h -> h.id().equals(hotspotId));
  }

  /** Saves the hotspot as a place of kind POINT at its centre; 404, 403, 422 (name) and 409 as {@link Places#add}. */
  @Transactional
  public long save(Member by, String municipalityCode, String hotspotId, String name) {
    Hotspot h = find(municipalityCode, hotspotId);
    long placeId = places.add(by, municipalityCode, name, "POINT", h.lat(), h.lon());
    audit.record("HOTSPOT_SAVED_AS_PLACE", "Hotspot", municipalityCode + "/" + h.id(), null,
        Map.of("placeId", placeId, "name", name.strip(), "category", h.category(), "lat", h.lat(), "lon", h.lon(),
            "radiusMeters", h.radiusMeters(), "count", h.count()));
    return placeId;
  }

  private void requireMunicipality(String code) {
    if (!municipalities.exists(code)) {
      throw new NotFoundException("no municipality " + code);
    }
  }

  private static double distance(Hotspot h, Place p) {
    return LocalProjection.distanceMeters(h.lat(), h.lon(), p.latitude(), p.longitude());
  }
}
