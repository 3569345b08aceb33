package se.medborgarlofte.promise;

/**
 * How precisely a promise gives its period. The dates are always kept; the precision says how pages write them:
 * “2025-01-01 – 2025-12-31”, “maj 2024 – maj 2025” or “2022–2024”.
 */
public enum PeriodPrecision {
  DAY,
  MONTH,
  YEAR
}
