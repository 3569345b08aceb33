package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.followup.SurveyComparison.Share;
import se.medborgarlofte.survey.Indicator;

/** The survey part of the evaluation against numbers worked out by hand (z = 1.959964 for 95 %). */
class SurveyComparisonTests {

  static final LocalDate DAY = LocalDate.of(2025, 11, 30);

  static Indicator item(String code, long n, double share) {
    return new Indicator(code, n, null, null, null, share, null, null, null, false, null);
  }

  @Test
  void twoItemsArePooledWithTheirWilsonIntervalsTheDifferenceAndThePooledZTest() {
    // Baseline: 30 of 100 and 50 of 100 said "a big problem": 80 of 200 = 0.40.
    Share before = Share.of(1, "2024", DAY, List.of(item("P_CAR_CRIME", 100, 0.30), item("P_BIKE_THEFT", 100, 0.50)));
    // Outcome: 30 of 120 and 30 of 80: 60 of 200 = 0.30.
    Share after = Share.of(2, "2026", DAY, List.of(item("P_CAR_CRIME", 120, 0.25), item("P_BIKE_THEFT", 80, 0.375)));

    assertThat(before.n()).isEqualTo(200);
    assertThat(before.share()).isCloseTo(0.40, within(1e-12));
    // Wilson, p = 0.4, n = 200: centre (0.4 + z²/400) / (1 + z²/200) = 0.401883;
    // half z / (1 + z²/200) · √(0.4·0.6/200 + z²/160000) = 0.067279
    assertThat(before.ciLow()).isCloseTo(0.334606, within(1e-6));
    assertThat(before.ciHigh()).isCloseTo(0.469163, within(1e-6));
    assertThat(after.share()).isCloseTo(0.30, within(1e-12));
    assertThat(after.ciLow()).isCloseTo(0.240747, within(1e-6));
    assertThat(after.ciHigh()).isCloseTo(0.366791, within(1e-6));

    SurveyComparison c = SurveyComparison.of(before, after);
    assertThat(c.difference()).isCloseTo(-0.10, within(1e-12));
    // pooled 140/400 = 0.35; se = √(0.35·0.65·(1/200 + 1/200)) = 0.047697; z = −0.10/0.047697 = −2.0966;
    // p = 2·(1 − Φ(2.0966)) = 0.03603
    assertThat(c.pValue()).isCloseTo(0.036032, within(1e-6));
    assertThat(c.significant()).isTrue();
    assertThat(c.note()).contains("2 items are pooled");
  }

  @Test
  void aSuppressedItemAddsNothingAndOneItemAloneHasNoPoolingNote() {
    Share before = Share.of(1, "2024", DAY, List.of(Indicator.suppressed("P_CAR_CRIME"), item("P_BURGLARY", 100, 0.5)));
    assertThat(before.n()).isEqualTo(100);
    assertThat(before.share()).isEqualTo(0.5);

    Share one = Share.of(1, "2024", DAY, List.of(item("P_BURGLARY", 100, 0.5)));
    Share other = Share.of(2, "2026", DAY, List.of(item("P_BURGLARY", 100, 0.45)));
    SurveyComparison c = SurveyComparison.of(one, other);
    // pooled 95/200 = 0.475; se = √(0.475·0.525·0.02) = 0.070622; z = −0.05/0.070622 = −0.70799; p = 0.47895
    assertThat(c.pValue()).isCloseTo(0.478950, within(1e-6));
    assertThat(c.significant()).isFalse();
    assertThat(c.note()).isNull();
  }

  @Test
  void aRoundWhoseItemsAreAllSuppressedStaysSuppressedAndNothingIsTested() {
    Share hidden = Share.of(1, "2024", DAY, List.of(Indicator.suppressed("P_BURGLARY")));
    assertThat(hidden.suppressed()).isTrue();
    assertThat(hidden.n()).isNull();
    assertThat(hidden.share()).isNull();
    assertThat(hidden.ciLow()).isNull();

    SurveyComparison c = SurveyComparison.of(hidden, Share.of(2, "2026", DAY, List.of(item("P_BURGLARY", 100, 0.4))));
    assertThat(c.difference()).isNull();
    assertThat(c.pValue()).isNull();
    assertThat(c.note()).startsWith("suppressed");
  }

  @Test
  void withoutABaselineRoundThereIsNothingToCompare() {
    SurveyComparison c = SurveyComparison.of(null, Share.of(2, "2026", DAY, List.of(item("P_BURGLARY", 100, 0.4))));
    assertThat(c.difference()).isNull();
    assertThat(c.note()).contains("before the first day");
  }
}
