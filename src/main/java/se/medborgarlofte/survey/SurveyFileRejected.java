package se.medborgarlofte.survey;

import java.util.List;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/** A file with at least one bad line: nothing of it was stored. Carries the first 100 problems and their count. */
public class SurveyFileRejected extends InvalidInputException {

  static final int SHOWN = 100;

  private final List<ImportProblem> errors;

  public SurveyFileRejected(List<ImportProblem> errors) {
    this(errors, errors.size());
  }

  /** A rejection of a file too large to keep every problem of: the first ones and the true count. */
  public SurveyFileRejected(List<ImportProblem> errors, int errorCount) {
    super(errors.stream().limit(SHOWN).map(e -> new FieldProblem(e.line(), e.field(), e.value(), e.message()))
        .toList(), errorCount);
    this.errors = List.copyOf(errors.subList(0, Math.min(SHOWN, errors.size())));
  }

  public List<ImportProblem> errors() {
    return errors;
  }
}
