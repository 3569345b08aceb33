package se.medborgarlofte.crimestats;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.organisation.Populations;

/**
 * Every kommun's sum of one crime type over the same periods (quarters or months 1..k of a year, or the year), read
 * in one query over the covering index {@code crimestats_figure_by_period}: what the county's, the country's and the
 * similar kommuner's rates are computed from. A kommun's count (or rate) is null unless every period has one, so a
 * sum never hides a missing month.
 */
final class KommunTotals {

  /** A kommun's summed count and summed published rate over the periods; null when a period lacks one. */
  record Totals(Long count, BigDecimal ratePer100k) {}

  private final Map<String, Totals> byKommun = new HashMap<>();

  static KommunTotals read(JdbcClient jdbc, String crimeType, Period.Kind kind, int year, int through) {
    int periods = kind == Period.Kind.Y ? 1 : through;
    KommunTotals totals = new KommunTotals();
    jdbc.sql("""
        select area_code, count(*) as found, count(count) as counted, sum(count) as total,
               count(rate_per_100k) as rated, sum(rate_per_100k) as rate
        from crimestats_current_figure
        where crime_type = ? and period_kind = ? and period_year = ? and period_number <= ?
          and char_length(area_code) = 4
        group by area_code""")
        .params(crimeType, kind.name(), year, through)
        .query((rs, n) -> {
          boolean complete = rs.getInt("found") == periods;
          totals.byKommun.put(rs.getString("area_code"), new Totals(
              complete && rs.getInt("counted") == periods ? rs.getLong("total") : null,
              complete && rs.getInt("rated") == periods ? rs.getBigDecimal("rate") : null));
          return null;
        }).list();
    return totals;
  }

  Totals of(String kommun) {
    return byKommun.getOrDefault(kommun, new Totals(null, null));
  }

  /**
   * The kommuner's summed counts (of those with every period counted and a population) over their summed
   * population in the year, per 100 000; null when none counts.
   */
  BigDecimal rate(Collection<String> kommuner, Populations.Table populations, int year) {
    long count = 0;
    long people = 0;
    for (String kommun : kommuner) {
      Long c = of(kommun).count();
      Integer p = populations.of(kommun, year).map(a -> a.people()).orElse(null);
      if (c != null && p != null) {
        count += c;
        people += p;
      }
    }
    return people == 0 ? null
        : AreaPopulations.rate(count, new AreaPopulations.Population(Math.toIntExact(people), null));
  }
}
