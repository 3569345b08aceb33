package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One scheduled follow-up or the evaluation, with its report while drafted, the parties that approved that report,
 * and the report as published (frozen with the activity summaries of the day).
 */
public record FollowUp(UUID id, UUID promiseId, FollowUpKind kind, LocalDate dueOn, FollowUpReport report,
    List<String> approvedBy, OffsetDateTime publishedAt, PublishedReport published) {

  public FollowUp {
    approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
  }

  public FollowUpStatus status(LocalDate today, int reminderDays) {
    if (publishedAt != null) {
      return FollowUpStatus.PUBLISHED;
    }
    if (today.isAfter(dueOn)) {
      return FollowUpStatus.OVERDUE;
    }
    return today.isBefore(dueOn.minusDays(reminderDays)) ? FollowUpStatus.UPCOMING : FollowUpStatus.DUE;
  }

  /** What the public page shows: per commitment its text, target, status, narrative, outcome and summary. */
  public record PublishedReport(LocalDate from, LocalDate to, String summary, List<PublishedCommitment> commitments) {}

  public record PublishedCommitment(UUID commitmentId, String text, String target, String quantity,
      CommitmentStatus status, String narrative, java.math.BigDecimal outcome, ActivitySummary activities) {}
}
