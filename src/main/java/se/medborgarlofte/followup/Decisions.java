package se.medborgarlofte.followup;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.EvaluationStatus;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The decision after the evaluation (extend, revise or close) with a verdict on every commitment, recorded by a
 * member of a party, audited, shown with the evaluation, and linked to the promise that follows. Also answers
 * promise's {@link EvaluationStatus}: a promise counts as evaluated once its evaluation report is published or a
 * decision on it is recorded.
 */
@Service
public class Decisions implements EvaluationStatus {

  private final DecisionRepository repository;
  private final FollowUpRepository followUps;
  private final PublishedPromises promises;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Decisions(DecisionRepository repository, FollowUpRepository followUps, PublishedPromises promises,
      AuditTrail audit, ApplicationEventPublisher events) {
    this.repository = repository;
    this.followUps = followUps;
    this.promises = promises;
    this.audit = audit;
    this.events = events;
  }

  public Optional<Decision> of(UUID promiseId) {
    return repository.find(promiseId);
  }

  @Override
  public boolean evaluated(UUID promiseId) {
    return repository.find(promiseId).isPresent() || followUps.ofPromise(promiseId).stream()
        .anyMatch(f -> f.kind() == FollowUpKind.EVALUATION && f.publishedAt() != null);
  }

  /** Records (or replaces) the decision; the audit trail keeps what it replaced. */
  @Transactional
  public Decision decide(Member by, UUID promiseId, Decision.Request request) {
    PromiseView p = promises.require(promiseId);
    if (!FollowUpAccess.isParty(by, p)) {
      throw new NotAPartyException("only members of a party to the promise record its decision");
    }
    FieldErrors errors = new FieldErrors();
    if (request.decision() == null) {
      errors.add("decision", "a decision is required: EXTEND, REVISE or CLOSE");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      errors.add("reason", "a reason is required");
    } else if (request.reason().length() > 4000) {
      errors.add("reason", "at most 4000 characters");
    }
    Set<UUID> known = p.commitments().stream().map(PromiseView.CommitmentView::id).collect(Collectors.toSet());
    Set<UUID> judged = new HashSet<>();
    for (int i = 0; i < request.verdicts().size(); i++) {
      Decision.Verdict v = request.verdicts().get(i);
      String at = "verdicts[" + i + "]";
      if (v == null || v.commitmentId() == null || !known.contains(v.commitmentId())) {
        errors.add(at + ".commitmentId", "not a commitment of this promise: " + (v == null ? null : v.commitmentId()));
        continue;
      }
      if (!judged.add(v.commitmentId())) {
        errors.add(at + ".commitmentId", "this commitment has a verdict already");
      }
      if (v.verdict() == null) {
        errors.add(at + ".verdict", "a verdict is required: ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED or NOT_ASSESSABLE");
      }
      if (v.note() != null && v.note().length() > 2000) {
        errors.add(at + ".note", "at most 2000 characters");
      }
    }
    for (PromiseView.CommitmentView c : p.commitments()) {
      if (!judged.contains(c.id())) {
        errors.add("verdicts", "no verdict on commitment " + c.id());
      }
    }
    if (request.nextPromiseId() != null && !promises.exists(request.nextPromiseId())) {
      errors.add("nextPromiseId", "no promise " + request.nextPromiseId());
    }
    errors.throwIfAny();
    Decision before = repository.find(promiseId).orElse(null);
    Decision decision = new Decision(promiseId, request.decision(), request.reason().strip(), request.verdicts(),
        request.nextPromiseId(), by.getUsername(), OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS));
    repository.save(decision);
    audit.record("followup.decide", "followup_decision", promiseId, before, decision);
    events.publishEvent(new PublicContentChanged("followup decision " + promiseId));
    return decision;
  }

  /**
   * An extension or a revision of the promise carries out a decision to extend or revise it: the promise itself
   * follows, so it is linked as the next one when no other was named.
   */
  @Transactional
  public void carriedOut(UUID promiseId, Decision.Outcome outcome) {
    repository.find(promiseId).filter(d -> d.decision() == outcome && d.nextPromiseId() == null).ifPresent(d -> {
      Decision linked = new Decision(d.promiseId(), d.decision(), d.reason(), d.verdicts(), promiseId, d.decidedBy(),
          d.decidedAt());
      repository.save(linked);
      audit.record("followup.decision-linked", "followup_decision", promiseId, d,
          Map.of("nextPromiseId", promiseId, "by", outcome.name()));
      events.publishEvent(new PublicContentChanged("followup decision " + promiseId + " linked"));
    });
  }
}
