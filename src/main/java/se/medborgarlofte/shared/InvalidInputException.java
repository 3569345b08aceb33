package se.medborgarlofte.shared;

import java.util.List;

/** Input that breaks a rule; answered with 422 and the list of problems, and nothing is changed. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> (p.line() == null ? "" : "line " + p.line() + ": ")
        + (p.field() == null ? "" : p.field() + ": ") + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(FieldProblem.of(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
