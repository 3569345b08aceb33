package se.medborgarlofte.promise;

import java.math.BigDecimal;

/**
 * A quantified target: at least {@code atLeast} {@code unit} per {@code per} (“minst sex tillfällen per år”, “≥ 6
 * narkotikainsatser” in the period). Follow-up reports outcomes against it.
 */
public record Quantity(BigDecimal atLeast, String unit, Per per) {

  /** What the number is counted over: the whole period, or each year, month or week of it. */
  public enum Per { PERIOD, YEAR, MONTH, WEEK }

  /** The number as people write it: “80”, “2.5”, never “8E+1”. */
  public String atLeastText() {
    return atLeast == null ? "" : atLeast.stripTrailingZeros().toPlainString();
  }
}
