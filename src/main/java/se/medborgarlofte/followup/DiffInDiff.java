package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The crime part of an evaluation for one problem category: the rate per 100 000 in the 12 months before and the 12
 * months of the period, for the promise's area and a comparison area, and the difference-in-differences
 * (T_after − T_before) − (C_after − C_before). It is indicative, not causal: other things changed too.
 */
public record DiffInDiff(BigDecimal before, BigDecimal after, BigDecimal comparisonBefore,
    BigDecimal comparisonAfter, BigDecimal diffInDiff, String note) {

  static final String INDICATIVE = "indicative, not causal: a difference-in-differences against the comparison area";

  public static DiffInDiff of(BigDecimal before, BigDecimal after, BigDecimal comparisonBefore,
      BigDecimal comparisonAfter) {
    BigDecimal did = before == null || after == null || comparisonBefore == null || comparisonAfter == null ? null
        : after.subtract(before).subtract(comparisonAfter.subtract(comparisonBefore)).setScale(1,
            RoundingMode.HALF_UP);
    return new DiffInDiff(before, after, comparisonBefore, comparisonAfter, did,
        did == null ? "not computed: figures are missing for a window or an area" : INDICATIVE);
  }
}
