package se.medborgarlofte.crimestats.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.crimestats.FigureStatus;
import se.medborgarlofte.crimestats.FigureView;

/** The chart's bars: scaled to the highest year, placed side by side, none for a year without a count. */
class CrimeStatisticsSectionTests {

  static FigureView total(String year, Long count) {
    return new FigureView("1278", year, "TOTAL", FigureStatus.FINAL, count, null, null, null, false);
  }

  @Test
  void barsAreScaledToTheHighestYearAndAMissingCountDrawsNoBar() {
    var bars = CrimeStatisticsSection.bars(List.of(
        new CrimeStatisticsSection.YearRow("2013", total("2013", 500L), null),
        new CrimeStatisticsSection.YearRow("2014", total("2014", null), null),
        new CrimeStatisticsSection.YearRow("2015", total("2015", 1000L), null)));
    assertThat(bars).containsExactly(
        new CrimeStatisticsSection.Bar("2013", 500, 20, 50, 50),
        new CrimeStatisticsSection.Bar("2015", 1000, 140, 0, 100));
  }
}
