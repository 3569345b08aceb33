package se.medborgarlofte.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before failing, so the user can fix them all at once. */
public final class FieldErrors {

  private final List<FieldProblem> problems = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    problems.add(FieldProblem.of(field, message));
    return this;
  }

  public FieldErrors addAt(int line, String field, String message) {
    problems.add(new FieldProblem(line, field, message));
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
