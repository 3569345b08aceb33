package se.medborgarlofte.survey;

import java.util.Map;

/**
 * The figures of one item in one area of one round. A suppressed item (fewer valid answers than the round's
 * minimumCellSize) has every figure null, {@code n} included: only the fact that there were too few answers shows.
 *
 * @param n valid answers: "don't know" and blanks are excluded
 * @param distribution answers per option code, in the template's order ("don't know" included, as asked)
 * @param change against the previous round of the same kommun, area and item, when both are shown
 */
public record Indicator(String itemCode, Long n, Double mean, Double meanCiLow, Double meanCiHigh, Double topBoxShare,
    Double topBoxCiLow, Double topBoxCiHigh, Map<String, Long> distribution, boolean suppressed, Change change) {

  public static Indicator suppressed(String itemCode) {
    return new Indicator(itemCode, null, null, null, null, null, null, null, null, true, null);
  }

  Indicator withChange(Change c) {
    return new Indicator(itemCode, n, mean, meanCiLow, meanCiHigh, topBoxShare, topBoxCiLow, topBoxCiHigh,
        distribution, suppressed, c);
  }

  /**
   * The top-box share against the previous round: the difference and the two-sided p-value of the pooled
   * two-proportion z-test, significant below 0.05.
   */
  public record Change(long previousSurveyId, double previousShare, long previousN, double difference, double pValue,
      boolean significant) {}
}
