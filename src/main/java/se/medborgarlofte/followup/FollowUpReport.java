package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A follow-up report as edited: a summary, and per commitment its status, a short narrative and the outcome. */
public record FollowUpReport(String summary, List<CommitmentReport> commitments) {

  public FollowUpReport {
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }

  /** {@code outcome} is the figure beside a quantified target (“mål: minst 6 – utfall: 11”), when there is one. */
  public record CommitmentReport(UUID commitmentId, CommitmentStatus status, String narrative, BigDecimal outcome) {}
}
