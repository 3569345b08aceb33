package se.medborgarlofte.crimestats;

import java.util.List;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * A file with at least one bad row: nothing of it was stored. Carries the first 100 problems with the cell values
 * and the total count; as an {@link InvalidInputException} it is still a 422 wherever crimestats' own handler does
 * not answer it.
 */
public class CrimeStatisticsFileRejected extends InvalidInputException {

  private final List<RowProblem> errors;
  private final int errorCount;

  public CrimeStatisticsFileRejected(List<RowProblem> errors, int errorCount) {
    super(errors.stream().map(e -> new FieldProblem(e.line(), e.field(), e.message())).toList());
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  public List<RowProblem> errors() {
    return errors;
  }

  public int errorCount() {
    return errorCount;
  }
}
