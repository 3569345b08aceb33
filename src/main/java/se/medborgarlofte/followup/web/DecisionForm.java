package se.medborgarlofte.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.medborgarlofte.followup.Decision;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The decision after the evaluation as typed: the outcome, the reason, a verdict (and a note) per commitment and
 * optionally the id of the next promise. Fields are named as {@code Decisions.decide} names its problems
 * ({@code verdicts[0].verdict}, {@code reason}); the rules themselves are only there.
 */
record DecisionForm(String decision, String reason, List<Line> verdicts, String nextPromiseId) {

  record Line(String commitmentId, String verdict, String note) {}

  static DecisionForm of(Map<String, String> params) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; params.containsKey(at(i) + ".commitmentId"); i++) {
      lines.add(new Line(params.get(at(i) + ".commitmentId"), params.get(at(i) + ".verdict"),
          params.get(at(i) + ".note")));
    }
    return new DecisionForm(params.get("decision"), params.get("reason"), lines, params.get("nextPromiseId"));
  }

  static DecisionForm of(Decision d) {
    if (d == null) {
      return new DecisionForm(null, null, List.of(), null);
    }
    return new DecisionForm(d.decision().name(), d.reason(), d.verdicts().stream().map(v -> new Line(
        v.commitmentId().toString(), v.verdict() == null ? null : v.verdict().name(), v.note())).toList(),
        d.nextPromiseId() == null ? null : d.nextPromiseId().toString());
  }

  Line line(UUID commitmentId) {
    return verdicts.stream().filter(l -> commitmentId.toString().equals(l.commitmentId())).findFirst().orElse(null);
  }

  Decision.Request read() {
    FormFields fields = new FormFields();
    Decision.Outcome outcome = fields.choice("decision", decision, Decision.Outcome.class);
    List<Decision.Verdict> read = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Line l = verdicts.get(i);
      read.add(new Decision.Verdict(FollowUpForm.uuid(l.commitmentId()),
          fields.choice(at(i) + ".verdict", l.verdict(), Decision.Judgement.class), FollowUpForm.blank(l.note())));
    }
    fields.check();
    UUID next = null;
    if (nextPromiseId != null && !nextPromiseId.isBlank()) {
      next = FollowUpForm.uuid(nextPromiseId);
      if (next == null) {
        FieldErrors errors = new FieldErrors();
        errors.add("nextPromiseId", "'" + nextPromiseId + "' is not a promise id");
        errors.throwIfAny();
      }
    }
    return new Decision.Request(outcome, reason, read, next);
  }

  static String at(int i) {
    return "verdicts[" + i + "]";
  }
}
