package se.medborgarlofte.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.dialogue.DialogueQueries;
import se.medborgarlofte.dialogue.PlacedEntry;
import se.medborgarlofte.organisation.Places;

/**
 * What hotspots cluster besides the place reports: the published dialogue entries with a place (through the dialogue
 * module's {@link DialogueQueries#placedEntries}, never its tables) and the EST observations (one per weekly report
 * and checklist category with a count above 0, at the report's place). Both carry problem-taxonomy codes; each joins
 * the clusters of the first report category (in the form's order) mapped to that problem category, or, when none is,
 * a category named by the problem code itself. An entry tagged with two problem categories counts in both.
 */
@Service
class HotspotSources {

  /** Which source a point comes from; also the order in which a hotspot's oldest point names it. */
  enum Source {
    REPORT(""), DIALOGUE_ENTRY("D"), EST("E");

    final String prefix;

    Source(String prefix) {
      this.prefix = prefix;
    }
  }

  /** A point of a source other than the reports, already in a hotspot category. */
  record Observation(Source source, long id, String category, double latitude, double longitude) {}

  private final DialogueQueries dialogues;
  private final Places places;
  private final ReportCategories categories;
  private final JdbcClient jdbc;

  HotspotSources(DialogueQueries dialogues, Places places, ReportCategories categories, JdbcClient jdbc) {
    this.dialogues = dialogues;
    this.places = places;
    this.categories = categories;
    this.jdbc = jdbc;
  }

  /** The kommun's dialogue entries and EST observations from {@code from} to {@code to} (either may be null). */
  List<Observation> in(String municipalityCode, LocalDate from, LocalDate to) {
    Map<String, String> categoryOf = new HashMap<>();
    for (ReportCategory c : categories.all()) {
      categoryOf.putIfAbsent(c.problemCategory(), c.code());
    }
    List<Observation> found = new ArrayList<>();
    for (PlacedEntry e : dialogues.placedEntries(municipalityCode, from, to)) {
      for (String problem : e.problemCategories()) {
        found.add(new Observation(Source.DIALOGUE_ENTRY, e.id(), categoryOf.getOrDefault(problem, problem),
            e.latitude(), e.longitude()));
      }
    }
    Map<Long, double[]> positions = new HashMap<>();
    places.in(municipalityCode).forEach(p -> {
      if (p.latitude() != null && p.longitude() != null) {
        positions.put(p.id(), new double[] {p.latitude(), p.longitude()});
      }
    });
    jdbc.sql("""
        select r.id, r.place_id, c.category from reports_est_report r join reports_est_count c on c.report_id = r.id
        where r.municipality_code = :m and c.count > 0
          and (cast(:from as date) is null or r.week_start + 6 >= cast(:from as date))
          and (cast(:to as date) is null or r.week_start <= cast(:to as date))
        order by r.id, c.category""")
        .param("m", municipalityCode).param("from", from).param("to", to)
        .query(rs -> {
          double[] at = positions.get(rs.getLong(2));
          String problem = rs.getString(3);
          if (at != null) {
            // One id per report and checklist category: the report's id and the category's place on the checklist.
            long id = rs.getLong(1) * 8 + Math.max(0, EstReports.CHECKLIST.indexOf(problem));
            found.add(new Observation(Source.EST, id, categoryOf.getOrDefault(problem, problem), at[0], at[1]));
          }
        });
    return found;
  }
}
