package se.medborgarlofte.crimestats;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period BRÅ publishes for: a year, a quarter or a month. Written canonically as {@code 2016}, {@code 2016Q3} and
 * {@code 2016-07}; read also as Swedish exports write a quarter ({@code 2016K3}, {@code 2016 kv 3}).
 *
 * @param number the quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(Kind kind, int year, int number) implements Comparable<Period> {

  /** Year, quarter, month: the letter stored in {@code period_kind}. */
  public enum Kind { Y, Q, M }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*(?:q|k|kv\\.?|kvartal)\\s*([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-|m)(\\d{1,2})");
  /** Outside this, a "year" is a typo, not a period BRÅ has figures for. */
  static final int FIRST_YEAR = 1950;
  static final int LAST_YEAR = 2100;

  public Period {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    int max = switch (kind) {
      case Y -> 0;
      case Q -> 4;
      case M -> 12;
    };
    if (kind == Kind.Y ? number != 0 : number < 1 || number > max) {
      throw new IllegalArgumentException("no " + kind + " " + number);
    }
  }

  public static Period year(int year) {
    return new Period(Kind.Y, year, 0);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(Kind.Q, year, quarter);
  }

  public static Period month(int year, int month) {
    return new Period(Kind.M, year, month);
  }

  /** Any of the accepted spellings, case- and space-insensitive; empty when it is none of them. */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        return Optional.of(year(Integer.parseInt(m.group(1))));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  public LocalDate start() {
    return switch (kind) {
      case Y -> LocalDate.of(year, 1, 1);
      case Q -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
      case M -> LocalDate.of(year, number, 1);
    };
  }

  public LocalDate end() {
    return switch (kind) {
      case Y -> LocalDate.of(year, 12, 31);
      case Q -> start().plusMonths(3).minusDays(1);
      case M -> start().plusMonths(1).minusDays(1);
    };
  }

  @Override
  public int compareTo(Period o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : end().compareTo(o.end());
  }

  @Override
  public String toString() {
    return switch (kind) {
      case Y -> String.valueOf(year);
      case Q -> year + "Q" + number;
      case M -> String.format(Locale.ROOT, "%d-%02d", year, number);
    };
  }
}
