package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.medborgarlofte.promise.PromiseText;

/**
 * When a promise's follow-ups fall due. The follow-up dates are the ones the promise itself states
 * ({@link PromiseText#followUpDates}), so the public document and the schedule never disagree; the evaluation comes
 * on the evaluation date, or on the last day of the period when none is set. A follow-up on the evaluation's day is
 * left out: the evaluation reports on it.
 */
public final class FollowUpSchedule {

  /** One entry of the schedule. */
  public record Due(FollowUpKind kind, LocalDate dueOn) {}

  private FollowUpSchedule() {}

  public static List<Due> of(LocalDate validFrom, LocalDate validTo, int intervalMonths, LocalDate evaluationDate) {
    PromiseText text = new PromiseText(null, validFrom, validTo, intervalMonths, evaluationDate, List.of(), null, null,
        null, null);
    LocalDate evaluation = evaluationDate != null ? evaluationDate : validTo;
    List<Due> due = new ArrayList<>();
    for (LocalDate d : text.followUpDates(validFrom, validTo)) {
      if (!d.equals(evaluation)) {
        due.add(new Due(FollowUpKind.FOLLOW_UP, d));
      }
    }
    due.add(new Due(FollowUpKind.EVALUATION, evaluation));
    return due;
  }

  /**
   * What an extension from {@code previousValidTo} to {@code validTo} adds: the follow-ups of its new months (still
   * counted from the first day, so the rhythm goes on) and an evaluation of the extended period on its new last day.
   */
  public static List<Due> extension(LocalDate validFrom, LocalDate previousValidTo, LocalDate validTo,
      int intervalMonths) {
    PromiseText text = new PromiseText(null, validFrom, validTo, intervalMonths, null, List.of(), null, null, null,
        null);
    List<Due> due = new ArrayList<>();
    for (LocalDate d : text.followUpDates(validFrom, validTo)) {
      if (d.isAfter(previousValidTo) && !d.equals(validTo)) {
        due.add(new Due(FollowUpKind.FOLLOW_UP, d));
      }
    }
    due.add(new Due(FollowUpKind.EVALUATION, validTo));
    return due;
  }
}
