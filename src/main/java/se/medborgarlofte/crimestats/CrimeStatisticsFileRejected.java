package se.medborgarlofte.crimestats;

import java.util.List;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * A file with at least one bad row: nothing of it was stored. The house answers it as any invalid input (422, each
 * problem with its cell value, and the total count); the rows are kept as {@link RowProblem}s for the import history.
 */
public class CrimeStatisticsFileRejected extends InvalidInputException {

  private final List<RowProblem> errors;

  public CrimeStatisticsFileRejected(List<RowProblem> errors, int errorCount) {
    super(errors.stream().map(e -> new FieldProblem(e.line(), e.field(), e.value(), e.message())).toList(),
        errorCount);
    this.errors = List.copyOf(errors);
  }

  public List<RowProblem> errors() {
    return errors;
  }
}
