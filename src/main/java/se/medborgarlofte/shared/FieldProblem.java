package se.medborgarlofte.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with an input: the line (for imports), the field, the value as written (for imports, so a user
 * finds the cell without opening the file), and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer line, String field, String value, String message) {

  public FieldProblem(Integer line, String field, String message) {
    this(line, field, null, message);
  }

  public static FieldProblem of(String field, String message) {
    return new FieldProblem(null, field, message);
  }

  /** The longest value an import's problem keeps of a cell. */
  public static final int LONGEST_VALUE = 200;

  /**
   * A cell of an imported file as a problem may show and keep it: cut at {@link #LONGEST_VALUE} characters, and
   * control characters (NUL included) shown as U+FFFD. An import's problems are kept with its history: PostgreSQL
   * stores no NUL in text or JSON, and the house's JSON reader refuses control characters; a binary file gave a 500.
   */
  /**
   * Whether {@code s} holds a control character other than tab (NUL included), which no text of ours may: a cell of
   * a binary file, or of a file saved as UTF-16. PostgreSQL refuses a NUL in text, so it must be named beforehand.
   */
  public static boolean hasControlCharacter(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7f;
  }

  /** What an import says of a cell {@link #hasControlCharacter} finds. */
  public static final String CONTROL_CHARACTER = "contains a control character: is this a text file (CSV saved as "
      + "UTF-8 or Windows-1252, not UTF-16 or a spreadsheet)?";

  public static String printable(String s) {
    if (s == null) {
      return null;
    }
    String cut = s.length() > LONGEST_VALUE ? s.substring(0, LONGEST_VALUE) + "…" : s;
    StringBuilder shown = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      shown.append(isControl(c) ? '\uFFFD' : c);
    }
    return shown.toString();
  }
}
