package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.util.List;
import se.medborgarlofte.survey.Indicator;
import se.medborgarlofte.survey.Indicators;

/**
 * The survey part of an evaluation for one problem category: the top-box share ("a fairly or very big problem") of
 * the survey items about the category in the baseline round (the last one closed before the first day) and the
 * outcome round (the first one after the period, or else the latest one since the first day), each with its 95 %
 * Wilson interval, the difference (outcome − baseline) and the two-sided p-value of the pooled two-proportion
 * z-test. Survey's own formulas ({@link Indicators}) are used, so the two modules never disagree.
 *
 * <p>When several items ask about the category (two about traffic), their answers are pooled. A respondent answers
 * each of them, so the pooled test counts answers, not people, and its p-value is somewhat too small: the note says
 * so. An item suppressed in a round (too few answers) adds nothing, and a round where every matching item is
 * suppressed stays suppressed: no share, no interval, no test.
 */
public record SurveyComparison(Share baseline, Share outcome, Double difference, Double pValue, Boolean significant,
    String note) {

  static final String POOLED = "the answers to %d items are pooled: the test counts answers, not respondents";

  /**
   * One round's share for the category. {@code n} is the pooled valid answers; all figures are null when
   * {@code suppressed}.
   */
  public record Share(long surveyId, String title, LocalDate closesOn, int items, Long n, Double share, Double ciLow,
      Double ciHigh, boolean suppressed) {

    /** Top-box answers, from the share and n exactly as survey rounds them. */
    long topBox() {
      return Math.round(share * n);
    }

    /** The pooled share of the matching items' indicators in one round; suppressed ones are left out. */
    static Share of(long surveyId, String title, LocalDate closesOn, List<Indicator> matching) {
      long n = 0;
      long top = 0;
      for (Indicator i : matching) {
        if (i.suppressed() || i.topBoxShare() == null || i.n() == null) {
          continue;
        }
        n += i.n();
        top += Math.round(i.topBoxShare() * i.n());
      }
      if (n == 0) {
        return new Share(surveyId, title, closesOn, matching.size(), null, null, null, null, true);
      }
      double[] ci = Indicators.wilson(top, n);
      return new Share(surveyId, title, closesOn, matching.size(), n, (double) top / n, ci[0], ci[1], false);
    }
  }

  /** No item of the survey asks about the category, or no round of the kommun comes before or after. */
  static SurveyComparison none(Share baseline, Share outcome, String why) {
    return new SurveyComparison(baseline, outcome, null, null, null, why);
  }

  static SurveyComparison of(Share baseline, Share outcome) {
    if (baseline == null || outcome == null) {
      return none(baseline, outcome, baseline == null ? "no survey round of the kommun closed before the first day"
          : "no survey round of the kommun since the first day");
    }
    if (baseline.suppressed() || outcome.suppressed()) {
      return none(baseline, outcome, "suppressed: too few answers in a round to show a share");
    }
    double p = Indicators.twoProportionPValue(outcome.topBox(), outcome.n(), baseline.topBox(), baseline.n());
    int items = Math.max(baseline.items(), outcome.items());
    return new SurveyComparison(baseline, outcome, outcome.share() - baseline.share(), p,
        p < Indicators.SIGNIFICANCE, items > 1 ? POOLED.formatted(items) : null);
  }
}
