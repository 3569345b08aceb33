package se.medborgarlofte.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.NotFoundException;

/**
 * An item over the years for a whole kommun: the closed rounds (our own figures, suppressed cells kept suppressed)
 * and the imported published years (the source's own index or share, marked as published), in year order.
 */
@Service
public class SurveyTrends {

  /**
   * One year of an item. {@code source} is ROUND (our figures from answers) or PUBLISHED (as the source published
   * it: {@code publishedIndex} is its own scale, e.g. the police's 0–6 problem index, never one of ours).
   */
  public record Point(int year, String source, Long surveyId, String title, boolean example, Long n, Double mean,
      Double topBoxShare, Double topBoxCiLow, Double topBoxCiHigh, boolean suppressed, Double publishedIndex,
      Double publishedShare) {}

  public record Trend(String municipalityCode, String itemCode, List<Point> points) {}

  private record Published(int year, Double publishedIndex, Double publishedShare, Integer n, boolean example) {}

  private final JdbcClient jdbc;
  private final RoundRepository rounds;
  private final SurveyResults results;
  private final Municipalities municipalities;

  SurveyTrends(JdbcClient jdbc, RoundRepository rounds, SurveyResults results, Municipalities municipalities) {
    this.jdbc = jdbc;
    this.rounds = rounds;
    this.results = results;
    this.municipalities = municipalities;
  }

  public Trend of(String municipalityCode, String itemCode) {
    if (!municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    List<Point> points = new ArrayList<>();
    jdbc.sql("""
        select p.year, p.published_index, p.published_share, p.n, i.example
        from survey_published_result p join survey_import i on i.id = p.import_id
        where p.municipality_code = ? and p.area_code = 'ALL' and p.item_code = ?""")
        .params(municipalityCode, itemCode).query(Published.class).list()
        .forEach(p -> points.add(new Point(p.year(), "PUBLISHED", null, null, p.example(),
            p.n() == null ? null : p.n().longValue(), null, null, null, null, false, p.publishedIndex(),
            p.publishedShare())));
    for (SurveyRound round : rounds.in(municipalityCode)) {
      if (round.status() != RoundStatus.CLOSED) {
        continue;
      }
      results.stored(round.id()).flatMap(r -> r.area(RoundResults.ALL)).flatMap(a -> a.item(itemCode))
          .ifPresent(i -> points.add(new Point(round.closesOn().getYear(), "ROUND", round.id(), round.title(),
              round.example(), i.n(), i.mean(), i.topBoxShare(), i.topBoxCiLow(), i.topBoxCiHigh(), i.suppressed(),
              null, null)));
    }
    if (points.isEmpty() && !knownItem(itemCode)) {
      // A typo must not read as "no data yet": an item no template and no imported result has is a 404 naming it.
      throw new NotFoundException(
          "no survey item " + itemCode + " in any questionnaire template or imported result");
    }
    points.sort(Comparator.comparingInt(Point::year).thenComparing(Point::source));
    return new Trend(municipalityCode, itemCode, points);
  }

  private boolean knownItem(String itemCode) {
    return jdbc.sql("""
        select exists (select 1 from survey_template t, jsonb_array_elements(t.items) i where i->>'code' = :code)
            or exists (select 1 from survey_published_result where item_code = :code)""")
        .param("code", itemCode).query(Boolean.class).single();
  }
}
