package se.medborgarlofte.organisation.web;

import java.time.LocalDate;
import java.util.function.Function;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * Turns optional text from a form field into a value: blank is "not given", anything unreadable is a 422 naming
 * the field, so a mistyped date never reaches a service as null.
 */
final class FormValues {

  private FormValues() {}

  static LocalDate date(String field, String value) {
    return parse(field, value, LocalDate::parse, "is not a date (YYYY-MM-DD)");
  }

  /** A decimal number; a Swedish decimal comma is accepted. */
  static Double number(String field, String value) {
    return parse(field, value, v -> Double.valueOf(v.replace(',', '.')), "is not a number");
  }

  static Long id(String field, String value) {
    return parse(field, value, Long::valueOf, "is not a valid choice");
  }

  private static <T> T parse(String field, String value, Function<String, T> parser, String problem) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (RuntimeException e) {
      throw InvalidInputException.of(field, "'" + value + "' " + problem);
    }
  }
}
