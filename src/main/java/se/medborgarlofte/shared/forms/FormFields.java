package se.medborgarlofte.shared.forms;

import java.time.LocalDate;
import java.util.function.Function;
import se.medborgarlofte.shared.FieldErrors;

/**
 * Reads the text of a submitted form into values. Blank is "not given"; anything unreadable is noted against its
 * field and read as null, so every field is looked at before {@link #check()} refuses the form with all of them. A
 * mistyped date therefore never reaches a service as "no date".
 */
public final class FormFields {

  private final FieldErrors problems = new FieldErrors();

  public LocalDate date(String field, String text) {
    return read(field, text, LocalDate::parse, "is not a date (YYYY-MM-DD)");
  }

  /** A decimal number; a Swedish decimal comma is accepted. */
  public Double number(String field, String text) {
    return read(field, text, v -> Double.valueOf(v.replace(',', '.')), "is not a number");
  }

  public Integer whole(String field, String text) {
    return read(field, text, Integer::valueOf, "is not a whole number");
  }

  public Long id(String field, String text) {
    return read(field, text, Long::valueOf, "is not a valid choice");
  }

  /** One of the constants of {@code type}, as the form's options name them. */
  public <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
    return read(field, text, v -> Enum.valueOf(type, v), "is not a valid choice");
  }

  /**
   * Refuses the form with every field that could not be read (an {@link se.medborgarlofte.shared.InvalidInputException}
   * like any other invalid input); does nothing if all could.
   */
  public void check() {
    problems.throwIfAny();
  }

  private <T> T read(String field, String text, Function<String, T> parser, String problem) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parser.apply(text.strip());
    } catch (RuntimeException e) {
      problems.add(field, "'" + text + "' " + problem);
      return null;
    }
  }
}
