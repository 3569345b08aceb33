package se.medborgarlofte.survey;

import java.util.List;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/** A file with at least one bad line: nothing of it was stored. Carries the first 100 problems and their count. */
public class SurveyFileRejected extends InvalidInputException {

  static final int SHOWN = 100;

  private final List<ImportProblem> errors;

  public SurveyFileRejected(List<ImportProblem> errors) {
    super(errors.stream().limit(SHOWN).map(e -> new FieldProblem(e.line(), e.field(), e.value(), e.message()))
        .toList(), errors.size());
    this.errors = List.copyOf(errors.subList(0, Math.min(SHOWN, errors.size())));
  }

  public List<ImportProblem> errors() {
    return errors;
  }
}
