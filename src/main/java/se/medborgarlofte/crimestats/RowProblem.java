package se.medborgarlofte.crimestats;

import se.medborgarlofte.shared.FieldProblem;

/**
 * One thing wrong in an imported file: the line (1 is the header), the column, the value as written, and why. Like
 * the house's {@code FieldProblem}, with the value added so a user finds the cell without opening the file; column
 * and value kept printable ({@link FieldProblem#printable}), since problems are kept with the import's history.
 */
public record RowProblem(int line, String field, String value, String message) {

  public RowProblem {
    value = FieldProblem.printable(value);
    field = FieldProblem.printable(field);
  }
}
