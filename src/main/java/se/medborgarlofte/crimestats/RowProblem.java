package se.medborgarlofte.crimestats;

/**
 * One thing wrong in an imported file: the line (1 is the header), the column, the value as written, and why. Like
 * the house's {@code FieldProblem}, with the value added so a user finds the cell without opening the file.
 */
public record RowProblem(int line, String field, String value, String message) {}
