package se.medborgarlofte.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The formulas, exactly as docs/survey.md states them, from the answer counts of one item in one area. Counts are all
 * that is needed: n, the mean, the sample variance and the top-box count follow from the count per option and the
 * option's value, so the database groups answers by option once and nothing else is read.
 */
public final class Indicators {

  /** The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval. */
  public static final double Z = 1.959963984540054;
  public static final double SIGNIFICANCE = 0.05;

  private static final NormalDistribution NORMAL = new NormalDistribution();
  /** t(0.975, df) by degrees of freedom: finding a quantile is an iterative search, and a round asks it thousands
   * of times for the same few sample sizes. */
  private static final com.github.benmanes.caffeine.cache.Cache<Long, Double> T_975 =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();

  private Indicators() {}

  /**
   * The indicator of {@code item} from its answer counts, suppressed below {@code minimumCellSize} valid answers.
   * Items without numeric options get no mean; items without top-box options no share.
   */
  public static Indicator of(TemplateItem item, Map<String, Long> counts, int minimumCellSize) {
    long n = 0;
    long top = 0;
    double sum = 0;
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (ItemOption o : item.options()) {
      long c = counts.getOrDefault(o.code(), 0L);
      distribution.put(o.code(), c);
      if (o.value() != null) {
        n += c;
        sum += c * o.value();
        if (item.topBox().contains(o.code())) {
          top += c;
        }
      }
    }
    if (item.group() == ItemGroup.BACKGROUND) {
      // Background items have no values; their "valid answers" are all answers.
      n = distribution.values().stream().mapToLong(Long::longValue).sum();
    }
    if (n < Math.max(minimumCellSize, SurveyRound.SMALLEST_CELL)) {
      return Indicator.suppressed(item.code());
    }
    Double mean = null;
    Double meanLow = null;
    Double meanHigh = null;
    if (item.measured()) {
      mean = sum / n;
      double squares = 0;
      for (ItemOption o : item.options()) {
        if (o.value() != null) {
          squares += counts.getOrDefault(o.code(), 0L) * Math.pow(o.value() - mean, 2);
        }
      }
      double[] ci = meanInterval(mean, Math.sqrt(squares / (n - 1)), n);
      meanLow = ci[0];
      meanHigh = ci[1];
    }
    Double share = null;
    Double shareLow = null;
    Double shareHigh = null;
    if (item.measured() && !item.topBox().isEmpty()) {
      share = (double) top / n;
      double[] ci = wilson(top, n);
      shareLow = ci[0];
      shareHigh = ci[1];
    }
    return new Indicator(item.code(), n, mean, meanLow, meanHigh, share, shareLow, shareHigh, distribution, false,
        null);
  }

  /** mean ± t(0.975, n−1) · s/√n, with s the sample standard deviation (divisor n−1). */
  public static double[] meanInterval(double mean, double s, long n) {
    // No random generator: one is never sampled here, and seeding the default one cost more than the quantile.
    double t = T_975.get(n - 1, df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    double half = t * s / Math.sqrt(n);
    return new double[] {mean - half, mean + half};
  }

  /** The Wilson score interval of x successes in n at 95 %. */
  public static double[] wilson(long x, long n) {
    double p = (double) x / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {centre - half, centre + half};
  }

  /** Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2. */
  public static double twoProportionPValue(long x1, long n1, long x2, long n2) {
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0) {
      return 1.0; // both shares 0 or both 1: no difference to test
    }
    double z = ((double) x1 / n1 - (double) x2 / n2) / se;
    return 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
  }

  /** The change of {@code now}'s top-box share against {@code before}'s; none when either is not shown. */
  public static Indicator.Change change(Indicator now, Indicator before, long previousSurveyId) {
    if (now.suppressed() || before == null || before.suppressed() || now.topBoxShare() == null
        || before.topBoxShare() == null) {
      return null;
    }
    long x1 = Math.round(now.topBoxShare() * now.n());
    long x2 = Math.round(before.topBoxShare() * before.n());
    double p = twoProportionPValue(x1, now.n(), x2, before.n());
    return new Indicator.Change(previousSurveyId, before.topBoxShare(), before.n(),
        now.topBoxShare() - before.topBoxShare(), p, p < SIGNIFICANCE);
  }

  /**
   * The problem index of an area: the mean, over its shown {@code PROBLEM} items, of each item's mean placed on a
   * 0–100 line between its lowest and highest option value (0: every answer "no problem at all", 100: every answer
   * "a very big problem"). Null when no problem item is shown. Our own measure, never mixed with a source's index.
   */
  public static Double problemIndex(List<TemplateItem> items, Map<String, Indicator> shown) {
    double total = 0;
    int used = 0;
    for (TemplateItem item : items) {
      Indicator i = shown.get(item.code());
      if (item.group() != ItemGroup.PROBLEM || i == null || i.suppressed() || i.mean() == null) {
        continue;
      }
      double min = item.options().stream().filter(o -> o.value() != null).mapToDouble(ItemOption::value).min()
          .orElse(0);
      double max = item.options().stream().filter(o -> o.value() != null).mapToDouble(ItemOption::value).max()
          .orElse(0);
      if (max > min) {
        total += (i.mean() - min) / (max - min) * 100;
        used++;
      }
    }
    return used == 0 ? null : total / used;
  }
}
