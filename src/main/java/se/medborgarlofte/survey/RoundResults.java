package se.medborgarlofte.survey;

import java.util.List;
import java.util.Optional;

/**
 * The figures of a round: per area (and {@code ALL}, the whole kommun) the indicator of every item and the area's
 * problem index. Computed once when the round closes and kept.
 */
public record RoundResults(long surveyId, String municipalityCode, String title, int minimumCellSize,
    long responses, Long previousSurveyId, List<AreaResults> areas) {

  public static final String ALL = "ALL";

  public Optional<AreaResults> area(String code) {
    return areas.stream().filter(a -> a.area().equals(code)).findFirst();
  }

  /**
   * @param problemIndex see {@link Indicators#problemIndex}; null when no problem item is shown
   * @param responses the area's responses, or null when fewer than the minimum cell size (a count that small could
   *     identify people in a small area)
   */
  public record AreaResults(String area, String name, Long responses, Double problemIndex, List<Indicator> items) {

    public Optional<Indicator> item(String code) {
      return items.stream().filter(i -> i.itemCode().equals(code)).findFirst();
    }
  }
}
