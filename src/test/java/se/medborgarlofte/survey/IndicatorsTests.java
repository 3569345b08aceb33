package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every formula against values worked out by hand here (the t and normal quantiles are the tabled ones), so the
 * library calls and the arithmetic around them are both checked.
 */
class IndicatorsTests {

  static final double EPS = 1e-9;

  /** A four-step problem item with "don't know": values 0–3, top box = fairly and very big. */
  static final TemplateItem ITEM = new TemplateItem("P_X", ItemGroup.PROBLEM, "X?", "X?", ItemType.SCALE, null,
      List.of(new ItemOption("NONE", "Inget", "None", 0.0), new ItemOption("SMALL", "Litet", "Small", 1.0),
          new ItemOption("FAIRLY", "Ganska stort", "Fairly big", 2.0),
          new ItemOption("BIG", "Mycket stort", "Very big", 3.0), new ItemOption("DK", "Vet ej", "Don't know", null)),
      List.of("FAIRLY", "BIG"));

  @Test
  void aSmallCaseByHand() {
    // Answers 0,0,1,1,1,2,2,2,2,3: n = 10, sum = 14, mean = 1.4.
    // Squared deviations: 2·1.96 + 3·0.16 + 4·0.36 + 1·2.56 = 8.4, so s = √(8.4/9).
    // t(0.975, 9) = 2.2621571627982 from the table; half width = t·s/√10.
    Indicator i = Indicators.of(ITEM, Map.of("NONE", 2L, "SMALL", 3L, "FAIRLY", 4L, "BIG", 1L), 10);
    double half = 2.2621571627982 * Math.sqrt(8.4 / 9) / Math.sqrt(10);
    assertThat(i.suppressed()).isFalse();
    assertThat(i.n()).isEqualTo(10);
    assertThat(i.mean()).isCloseTo(1.4, within(EPS));
    assertThat(i.meanCiLow()).isCloseTo(1.4 - half, within(EPS)).isCloseTo(0.7088995711727138, within(EPS));
    assertThat(i.meanCiHigh()).isCloseTo(1.4 + half, within(EPS));
    // Top box: 4 + 1 = 5 of 10. Wilson with z² = 3.841458820694124: centre (0.5 + z²/20)/(1 + z²/10) = 0.5,
    // half = z/(1 + z²/10) · √(0.25/10 + z²/400).
    double z = 1.959963984540054;
    double wilsonHalf = z / (1 + z * z / 10) * Math.sqrt(0.025 + z * z / 400);
    assertThat(i.topBoxShare()).isCloseTo(0.5, within(EPS));
    assertThat(i.topBoxCiLow()).isCloseTo(0.5 - wilsonHalf, within(EPS)).isCloseTo(0.236593090512564, within(EPS));
    assertThat(i.topBoxCiHigh()).isCloseTo(0.5 + wilsonHalf, within(EPS));
    assertThat(i.distribution()).containsExactly(Map.entry("NONE", 2L), Map.entry("SMALL", 3L),
        Map.entry("FAIRLY", 4L), Map.entry("BIG", 1L), Map.entry("DK", 0L));
  }

  @Test
  void dontKnowIsCountedInTheDistributionButInNoFigure() {
    Indicator without = Indicators.of(ITEM, Map.of("NONE", 2L, "SMALL", 3L, "FAIRLY", 4L, "BIG", 1L), 10);
    Indicator with = Indicators.of(ITEM, Map.of("NONE", 2L, "SMALL", 3L, "FAIRLY", 4L, "BIG", 1L, "DK", 7L), 10);
    assertThat(with.n()).isEqualTo(10);
    assertThat(with.mean()).isEqualTo(without.mean());
    assertThat(with.meanCiLow()).isEqualTo(without.meanCiLow());
    assertThat(with.topBoxShare()).isEqualTo(0.5);
    assertThat(with.topBoxCiHigh()).isEqualTo(without.topBoxCiHigh());
    assertThat(with.distribution()).containsEntry("DK", 7L);
    // Nine valid answers and many "don't know" are still too few for a minimum of ten.
    assertThat(Indicators.of(ITEM, Map.of("BIG", 9L, "DK", 50L), 10).suppressed()).isTrue();
  }

  @Test
  void twentyNineValidAnswersAreSuppressedAndThirtyAreShown() {
    Indicator at29 = Indicators.of(ITEM, Map.of("BIG", 20L, "NONE", 9L, "DK", 3L), 30);
    assertThat(at29.suppressed()).isTrue();
    assertThat(at29).isEqualTo(new Indicator("P_X", null, null, null, null, null, null, null, null, true, null));

    // 20 × 3 and 10 × 0: mean 2, squared deviations 20·1 + 10·4 = 60, s = √(60/29), t(0.975, 29) = 2.0452296421327.
    Indicator at30 = Indicators.of(ITEM, Map.of("BIG", 20L, "NONE", 10L, "DK", 3L), 30);
    assertThat(at30.suppressed()).isFalse();
    assertThat(at30.n()).isEqualTo(30);
    assertThat(at30.mean()).isCloseTo(2.0, within(EPS));
    double half = 2.0452296421327 * Math.sqrt(60.0 / 29) / Math.sqrt(30);
    assertThat(at30.meanCiLow()).isCloseTo(2 - half, within(EPS)).isCloseTo(1.4628963826251764, within(EPS));
    assertThat(at30.topBoxShare()).isCloseTo(20.0 / 30, within(EPS));
    assertThat(at30.topBoxCiLow()).isCloseTo(0.4878005164454384, within(EPS));
    assertThat(at30.topBoxCiHigh()).isCloseTo(0.8076950191632386, within(EPS));
  }

  @Test
  void theMinimumCellSizeIsNeverBelowTen() {
    assertThat(Indicators.of(ITEM, Map.of("BIG", 9L), 5).suppressed()).isTrue();
    assertThat(Indicators.of(ITEM, Map.of("BIG", 10L), 5).suppressed()).isFalse();
  }

  @Test
  void theTwoProportionZTestIsPooledAndTwoSided() {
    // 60/100 against 45/100: pooled p = 105/200 = 0.525, se = √(0.525 · 0.475 · (1/100 + 1/100)),
    // z = 0.15/se = 2.123976976214366, p = 2·(1 − Φ(z)) = 0.03367206885634585.
    double se = Math.sqrt(0.525 * 0.475 * 0.02);
    assertThat(0.15 / se).isCloseTo(2.123976976214366, within(EPS));
    assertThat(Indicators.twoProportionPValue(60, 100, 45, 100)).isCloseTo(0.03367206885634585, within(1e-9));
    assertThat(Indicators.twoProportionPValue(45, 100, 60, 100)).isCloseTo(0.03367206885634585, within(1e-9));
    assertThat(Indicators.twoProportionPValue(0, 40, 0, 50)).isEqualTo(1.0);
  }

  @Test
  void aChangeIsFlaggedSignificantBelowFivePercentAndOnlyBetweenShownCells() {
    TemplateItem yesNo = new TemplateItem("V", ItemGroup.VICTIM, "?", "?", ItemType.YES_NO, null,
        List.of(new ItemOption("NO", "Nej", "No", 0.0), new ItemOption("YES", "Ja", "Yes", 1.0)), List.of("YES"));
    Indicator now = Indicators.of(yesNo, Map.of("YES", 60L, "NO", 40L), 30);
    Indicator before = Indicators.of(yesNo, Map.of("YES", 45L, "NO", 55L), 30);
    Indicator.Change change = Indicators.change(now, before, 7);
    assertThat(change.difference()).isCloseTo(0.15, within(EPS));
    assertThat(change.pValue()).isCloseTo(0.03367206885634585, within(1e-9));
    assertThat(change.significant()).isTrue();
    assertThat(change.previousSurveyId()).isEqualTo(7);
    Indicator close = Indicators.of(yesNo, Map.of("YES", 50L, "NO", 50L), 30);
    assertThat(Indicators.change(close, before, 7).significant()).isFalse();
    assertThat(Indicators.change(now, Indicators.of(yesNo, Map.of("YES", 29L), 30), 7)).isNull();
  }

  @Test
  void theProblemIndexPlacesEachShownProblemItemsMeanOnZeroToHundred() {
    TemplateItem other = new TemplateItem("P_Y", ItemGroup.PROBLEM, "Y?", "Y?", ItemType.SCALE, null, ITEM.options(),
        ITEM.topBox());
    TemplateItem safety = new TemplateItem("S", ItemGroup.SAFETY, "S?", "S?", ItemType.SCALE, null, ITEM.options(),
        ITEM.topBox());
    // P_X: mean 1.5 on 0–3 → 50; P_Y: mean 3 → 100; the safety item does not count; a suppressed item neither.
    Map<String, Indicator> shown = Map.of(
        "P_X", Indicators.of(ITEM, Map.of("SMALL", 15L, "FAIRLY", 15L), 30),
        "P_Y", Indicators.of(other, Map.of("BIG", 30L), 30),
        "S", Indicators.of(safety, Map.of("NONE", 30L), 30));
    assertThat(Indicators.problemIndex(List.of(ITEM, other, safety), shown)).isCloseTo(75.0, within(EPS));
    Map<String, Indicator> oneSuppressed = Map.of("P_X", Indicators.of(ITEM, Map.of("SMALL", 15L, "FAIRLY", 15L), 30),
        "P_Y", Indicators.of(other, Map.of("BIG", 29L), 30));
    assertThat(Indicators.problemIndex(List.of(ITEM, other), oneSuppressed)).isCloseTo(50.0, within(EPS));
    assertThat(Indicators.problemIndex(List.of(safety), shown)).isNull();
  }
}
