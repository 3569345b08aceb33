package se.medborgarlofte.shared;

import java.util.List;

/**
 * Input that breaks a rule; answered with 422, the list of problems and their total {@code errorCount} (an import
 * lists its first 100 problems and counts the rest), and nothing is changed.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;
  private final int errorCount;

  public InvalidInputException(List<FieldProblem> problems) {
    this(problems, problems.size());
  }

  /** The problems shown, and how many there were in all. */
  public InvalidInputException(List<FieldProblem> problems, int errorCount) {
    super(problems.stream().map(p -> (p.line() == null ? "" : "line " + p.line() + ": ")
        + (p.field() == null ? "" : p.field() + ": ") + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    this.problems = List.copyOf(problems);
    this.errorCount = errorCount;
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(FieldProblem.of(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public int errorCount() {
    return errorCount;
  }
}
