package se.medborgarlofte.followup.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.medborgarlofte.followup.CommitmentStatus;
import se.medborgarlofte.followup.FollowUpReport;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The follow-up report as typed on the page. The fields are named as the service names its problems
 * ({@code commitments[0].status}, {@code summary}), so every refusal lands beside the field it is about; what cannot
 * be read as a status or a number is named here, everything else is checked by {@code FollowUps.edit}, as for the
 * API.
 */
record FollowUpForm(String summary, List<Line> commitments) {

  /** One commitment's part as typed: the texts, not yet read. */
  record Line(String commitmentId, String status, String narrative, String outcome) {}

  /** The form as posted: the commitments in the order of their indexes, up to the first index not sent. */
  static FollowUpForm of(Map<String, String> params) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; params.containsKey(at(i) + ".commitmentId"); i++) {
      lines.add(new Line(params.get(at(i) + ".commitmentId"), params.get(at(i) + ".status"),
          params.get(at(i) + ".narrative"), params.get(at(i) + ".outcome")));
    }
    return new FollowUpForm(params.get("summary"), lines);
  }

  /** The saved report (or none yet) as the form shows it. */
  static FollowUpForm of(FollowUpReport report) {
    if (report == null) {
      return new FollowUpForm(null, List.of());
    }
    return new FollowUpForm(report.summary(), report.commitments().stream().map(c -> new Line(
        c.commitmentId() == null ? null : c.commitmentId().toString(), c.status() == null ? null : c.status().name(),
        c.narrative(), c.outcome() == null ? null : c.outcome().stripTrailingZeros().toPlainString())).toList());
  }

  /** What was typed for this commitment, if anything. */
  Line line(UUID commitmentId) {
    return commitments.stream().filter(l -> commitmentId.toString().equals(l.commitmentId())).findFirst()
        .orElse(null);
  }

  FollowUpReport read() {
    FormFields fields = new FormFields();
    List<FollowUpReport.CommitmentReport> read = new ArrayList<>();
    for (int i = 0; i < commitments.size(); i++) {
      Line l = commitments.get(i);
      Double outcome = fields.number(at(i) + ".outcome", l.outcome());
      read.add(new FollowUpReport.CommitmentReport(uuid(l.commitmentId()),
          fields.choice(at(i) + ".status", l.status(), CommitmentStatus.class), blank(l.narrative()),
          outcome == null ? null : new BigDecimal(l.outcome().strip().replace(',', '.'))));
    }
    fields.check();
    return new FollowUpReport(blank(summary), read);
  }

  static String at(int i) {
    return "commitments[" + i + "]";
  }

  /** An id the page did not send as one is left for the service to name ("not a commitment of this promise"). */
  static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
