package se.medborgarlofte.crimestats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Period-to-date against the same periods a year earlier: quarters (or months) 1..k of a year, or the whole year.
 * A side's count is null unless every one of its periods has a count, so a sum never hides a missing quarter;
 * {@code preliminary} says whether any figure used is still preliminary. For a kommun with figures, {@code county}
 * and {@code country} give the rate per 100 000 of its county and of Sweden over the current side's periods (from
 * their own figures, or from their kommuner's summed counts over their summed population when they have none).
 */
public record Comparison(Side current, Side previous, Long change, BigDecimal changePercent, boolean preliminary,
    @JsonInclude(JsonInclude.Include.NON_NULL) AreaRate county,
    @JsonInclude(JsonInclude.Include.NON_NULL) AreaRate country,
    @JsonInclude(JsonInclude.Include.NON_NULL) Similar similar) {

  /** The sum over one year's periods. */
  public record Side(int year, Long count, BigDecimal ratePer100k) {}

  /**
   * Kommuner like this one over the same periods: by default those of its county whose population is within ±25 %
   * of its own ({@code basis} {@code COUNTY_POPULATION}), or the set the caller chose ({@code CHOSEN}). The group's
   * rate is its summed counts over its summed population, from the kommuner with every period counted.
   */
  public record Similar(String basis, List<SimilarArea> areas, BigDecimal ratePer100k) {}

  /** One similar kommun: its count and rate over the periods (null when a period is missing). */
  public record SimilarArea(String code, String name, Integer population, Long count, BigDecimal ratePer100k) {}

  /** A wider area's rate per 100 000 over the same periods; null when neither its figures nor its kommuner's give one. */
  public record AreaRate(String code, BigDecimal ratePer100k) {}

  static Comparison of(Side current, Side previous, boolean preliminary) {
    Long change = current.count() == null || previous.count() == null ? null : current.count() - previous.count();
    BigDecimal percent = change == null || previous.count() == 0 ? null
        : BigDecimal.valueOf(change * 100).divide(BigDecimal.valueOf(previous.count()), 1, RoundingMode.HALF_UP);
    return new Comparison(current, previous, change, percent, preliminary, null, null, null);
  }

  Comparison withWiderAreas(AreaRate county, AreaRate country) {
    return new Comparison(current, previous, change, changePercent, preliminary, county, country, similar);
  }

  Comparison withSimilar(Similar similar) {
    return new Comparison(current, previous, change, changePercent, preliminary, county, country, similar);
  }
}
