package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiffInDiffTests {

  @Test
  void theChangeInThePromisesAreaLessTheChangeInTheComparisonArea() {
    // (80 − 100) − (95 − 100) = −20 − (−5) = −15
    DiffInDiff d = DiffInDiff.of(new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("100"),
        new BigDecimal("95"));
    assertThat(d.diffInDiff()).isEqualByComparingTo("-15");
    assertThat(d.note()).contains("indicative, not causal");
  }

  @Test
  void aRiseEverywhereLargerInTheComparisonAreaIsANegativeDifferenceRoundedToOneDecimal() {
    // (55.55 − 50) − (70 − 60) = 5.55 − 10 = −4.45 → −4.5 (half up, away from zero)
    assertThat(DiffInDiff.of(new BigDecimal("50"), new BigDecimal("55.55"), new BigDecimal("60"),
        new BigDecimal("70")).diffInDiff()).isEqualByComparingTo("-4.5");
  }

  @Test
  void aMissingRateGivesNoDifferenceAndSaysWhy() {
    DiffInDiff d = DiffInDiff.of(new BigDecimal("100"), null, new BigDecimal("100"), new BigDecimal("95"));
    assertThat(d.diffInDiff()).isNull();
    assertThat(d.note()).startsWith("not computed");
  }
}
