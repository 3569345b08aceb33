package se.medborgarlofte.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/**
 * EST reporting: a trained observer's weekly counts per checklist category at a place, and the weekly situation
 * view (this week against the mean of the four weeks before, largest changes first). Internal to the partnership:
 * not on public pages.
 */
@Service
public class EstReports {

  /** Filing: the REPORTER role's, and the kommun's staff (who hold {@code reports.edit}). */
  public static final Permission REPORT = Permission.of("reports.est-report");
  public static final Permission READ = Permission.of("reports.read");
  /** The checklist, as problem-taxonomy codes: vandalism, unsafe places, drugs, littering, disorderly groups. */
  public static final List<String> CHECKLIST = List.of("VANDALISM", "UNSAFE_PLACES", "DRUGS", "LITTERING",
      "PUBLIC_DISORDER");
  static final int PREVIOUS_WEEKS = 4;

  /** One row of the weekly view. */
  public record Change(String category, long placeId, String place, int thisWeek, double previousAverage,
      double change) {}

  private final JdbcClient jdbc;
  private final Places places;
  private final Municipalities municipalities;
  private final PlaceReports reports;
  private final AuditTrail audit;
  private final org.springframework.context.ApplicationEventPublisher events;

  EstReports(JdbcClient jdbc, Places places, Municipalities municipalities, PlaceReports reports, AuditTrail audit,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.places = places;
    this.municipalities = municipalities;
    this.reports = reports;
    this.audit = audit;
  }

  /** The Monday of the ISO week holding the day. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** May the member file EST reports for the kommun? Its REPORTERs, and its staff. */
  public boolean files(Member member, String municipalityCode) {
    return reports.holds(member, REPORT, municipalityCode) || reports.holds(member, PlaceReports.EDIT, municipalityCode);
  }

  @Transactional
  public long file(Member by, String municipalityCode, Long placeId, LocalDate day, Map<String, Integer> counts) {
    if (municipalityCode == null || !municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    if (!files(by, municipalityCode)) {
      throw new AccessDeniedException("only the kommun's EST reporters and staff file EST reports");
    }
    FieldErrors errors = new FieldErrors();
    Place place = placeId == null ? null : places.find(placeId).orElse(null);
    if (place == null || !place.municipalityCode().equals(municipalityCode)) {
      errors.add("placeId", "choose one of the kommun's places");
    }
    if (day == null) {
      errors.add("week", "give a day of the week reported (YYYY-MM-DD)");
    } else if (day.isAfter(LocalDate.now())) {
      errors.add("week", "cannot report a week that has not begun");
    }
    if (counts == null || counts.isEmpty()) {
      errors.add("counts", "give a count for at least one of " + String.join(", ", CHECKLIST));
    } else {
      counts.forEach((category, count) -> {
        if (!CHECKLIST.contains(category)) {
          errors.add("counts." + category, "is not on the checklist: " + String.join(", ", CHECKLIST));
        } else if (count == null || count < 0 || count > 10_000) {
          errors.add("counts." + category, "must be a count from 0 to 10 000");
        }
      });
    }
    errors.throwIfAny();
    LocalDate week = weekOf(day);
    Long existing = jdbc.sql("select id from reports_est_report where reporter = ? and place_id = ? and week_start = ?")
        .params(by.getUsername(), placeId, week).query(Long.class).optional().orElse(null);
    if (existing != null) {
      throw new ConflictException("you have already reported week " + week + " for " + place.name(), existing);
    }
    long id = jdbc.sql("""
        insert into reports_est_report (municipality_code, place_id, week_start, reporter) values (?, ?, ?, ?)
        returning id""").params(municipalityCode, placeId, week, by.getUsername()).query(Long.class).single();
    counts.forEach((category, count) -> jdbc.sql(
        "insert into reports_est_count (report_id, category, count) values (?, ?, ?)").params(id, category, count)
        .update());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("municipalityCode", municipalityCode);
    after.put("placeId", placeId);
    after.put("week", week.toString());
    after.put("counts", counts);
    audit.record("EST_REPORT_FILED", "EstReport", id, null, after);
    // The hotspots count EST observations: their kept answers must not outlive this report.
    events.publishEvent(new se.medborgarlofte.shared.plugin.PublicContentChanged("EST_REPORT_FILED"));
    return id;
  }

  /** The week against the mean of the four before it, per category and place, largest change first. */
  public List<Change> situation(Member by, String municipalityCode, LocalDate day) {
    if (!municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    if (!reports.holds(by, READ, municipalityCode) && !reports.holds(by, REPORT, municipalityCode)) {
      throw new AccessDeniedException("the EST view is for the kommun's partnership");
    }
    LocalDate week = weekOf(day);
    Map<String, int[]> sums = new HashMap<>();
    jdbc.sql("""
        select c.category, r.place_id, r.week_start = :week as current, sum(c.count)::int as total
        from reports_est_report r join reports_est_count c on c.report_id = r.id
        where r.municipality_code = :m and r.week_start between cast(:from as date) and cast(:week as date)
        group by 1, 2, 3""")
        .param("m", municipalityCode).param("week", week).param("from", week.minusWeeks(PREVIOUS_WEEKS))
        .query(rs -> {
          int[] s = sums.computeIfAbsent(rs.getString(1) + "\n" + rs.getLong(2), k -> new int[2]);
          s[rs.getBoolean(3) ? 0 : 1] += rs.getInt(4);
        });
    Map<Long, String> names = new HashMap<>();
    places.in(municipalityCode).forEach(p -> names.put(p.id(), p.name()));
    List<Change> changes = new ArrayList<>();
    sums.forEach((key, s) -> {
      String[] parts = key.split("\n");
      long placeId = Long.parseLong(parts[1]);
      double average = s[1] / (double) PREVIOUS_WEEKS;
      changes.add(new Change(parts[0], placeId, names.getOrDefault(placeId, "#" + placeId), s[0], average,
          s[0] - average));
    });
    changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(c.change())).thenComparing(Change::category)
        .thenComparing(Change::place));
    return changes;
  }
}
