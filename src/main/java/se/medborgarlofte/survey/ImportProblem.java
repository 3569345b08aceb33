package se.medborgarlofte.survey;

import se.medborgarlofte.shared.FieldProblem;

/**
 * One thing wrong in an imported file: the line (1 is the header), the column, the value as written, and why. The
 * column and value are kept printable ({@link FieldProblem#printable}): a binary file's "values" are kept with the
 * import's history.
 */
public record ImportProblem(int line, String field, String value, String message) {

  public ImportProblem {
    value = FieldProblem.printable(value);
    field = FieldProblem.printable(field);
  }
}
