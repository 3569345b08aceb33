package se.medborgarlofte.survey;

/** One thing wrong in an imported file: the line (1 is the header), the column, the value as written, and why. */
public record ImportProblem(int line, String field, String value, String message) {}
