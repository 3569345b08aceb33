package se.medborgarlofte.crimestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An area's yearly totals of one crime type over the last {@code years} calendar years up to its latest year with a
 * yearly figure, and the change from the window's first year to its last (null unless both have a count); with the
 * rolling 12-month sums of its monthly figures, one per month that closes twelve counted months.
 */
public record Trend(String area, String crimeType, List<Year> years, Long change, BigDecimal changePercent,
    List<Rolling> rolling12Months) {

  /** One year of the window; count null when the year has no figure or the figure is missing (".."). */
  public record Year(int year, Long count, FigureStatus status) {}

  /** The sum of the twelve months ending with {@code through} ("2016-07"). */
  public record Rolling(String through, long count) {}

  static Trend of(String area, String crimeType, List<Year> years, List<Rolling> rolling) {
    Long first = years.isEmpty() ? null : years.get(0).count();
    Long last = years.isEmpty() ? null : years.get(years.size() - 1).count();
    Long change = first == null || last == null ? null : last - first;
    BigDecimal percent = change == null || first == 0 ? null
        : BigDecimal.valueOf(change * 100).divide(BigDecimal.valueOf(first), 1, RoundingMode.HALF_UP);
    return new Trend(area, crimeType, years, change, percent, rolling);
  }
}
