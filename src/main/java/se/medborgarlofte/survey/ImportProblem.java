package se.medborgarlofte.survey;

/**
 * One thing wrong in an imported file: the line (1 is the header), the column, the value as written, and why. The
 * value is cut to {@link #LONGEST} characters and a control character becomes U+FFFD: a binary file's "values" are
 * kept with the import's history, PostgreSQL stores no NUL in text or JSON, and the house's JSON reader refuses
 * control characters (both gave a 500 before).
 */
public record ImportProblem(int line, String field, String value, String message) {

  static final int LONGEST = 200;

  public ImportProblem {
    value = printable(value);
    field = printable(field);
  }

  static String printable(String s) {
    if (s == null) {
      return null;
    }
    String cut = s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s;
    StringBuilder shown = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      // The house's JSON reader refuses control characters (InputGuard), so the kept history could not be read.
      shown.append((c < 0x20 && c != '\t') || c == 0x7f ? '\uFFFD' : c);
    }
    return shown.toString();
  }
}
