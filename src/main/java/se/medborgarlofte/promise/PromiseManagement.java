package se.medborgarlofte.promise;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import se.medborgarlofte.shared.plugin.PublicContentChanged;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.NotFoundException;

/**
 * The capability: draft, commit, sign, publish, revise, extend, close and withdraw a promise. Each method checks who
 * may act, validates, applies one guarded transition of {@link Promise}, saves, and writes the audit trail in the same
 * transaction.
 */
@Service
public class PromiseManagement {

  private final PromiseRepository repository;
  private final PromiseValidation validation;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final org.springframework.beans.factory.ObjectProvider<EvaluationStatus> evaluations;

  PromiseManagement(PromiseRepository repository, PromiseValidation validation, AuditTrail audit,
      ApplicationEventPublisher events, org.springframework.beans.factory.ObjectProvider<EvaluationStatus> evaluations) {
    this.repository = repository;
    this.validation = validation;
    this.audit = audit;
    this.events = events;
    this.evaluations = evaluations;
  }

  /** Audit entries carry this summary, not the whole document. */
  record Summary(UUID id, int version, PromiseStatus status, java.time.LocalDate validTo, Object detail) {
    static Summary of(Promise p, Object detail) {
      return new Summary(p.id(), p.working().number(), p.status(), p.validTo(), detail);
    }
  }

  @Transactional
  public Promise draft(Member by, Draft input) {
    return draft(by, input, false);
  }

  @Transactional
  public Promise draft(Member by, Draft input, boolean example) {
    PromiseValidation.NewPromise n = validation.newPromise(input);
    if (!PromiseAccess.mayEdit(by, n.municipalityCodes(), n.lpoIds())) {
      throw new AccessDeniedException("only the coordinators of its kommuner and the police of its LPOs may draft "
          + "this promise");
    }
    Promise p = Promise.draft(n.municipalityCodes(), n.lpoIds(), n.shownIn(), n.text(), example);
    repository.save(p);
    audit.record("PROMISE_CREATED", "Promise", p.id(), null, Summary.of(p, n));
    if (n.text().source() != null) {
      audit.record("PROMISE_SOURCE_SET", "Promise", p.id(), null, n.text().source());
    }
    return p;
  }

  @Transactional
  public Promise edit(Member by, UUID id, Draft input) {
    return change(by, id, "PROMISE_EDITED", p -> p.edit(validation.text(input, p)));
  }

  @Transactional
  public Commitment addCommitment(Member by, UUID id, CommitmentInput input) {
    var added = new java.util.concurrent.atomic.AtomicReference<Commitment>();
    change(by, id, "COMMITMENT_ADDED", p -> {
      added.set(validation.commitment(UUID.randomUUID(), input, p));
      p.addCommitment(added.get());
    });
    return added.get();
  }

  @Transactional
  public Promise changeCommitment(Member by, UUID id, UUID commitmentId, CommitmentInput input) {
    return change(by, id, "COMMITMENT_CHANGED",
        p -> p.replaceCommitment(commitmentId, validation.commitment(commitmentId, input, p)));
  }

  @Transactional
  public Promise removeCommitment(Member by, UUID id, UUID commitmentId) {
    return change(by, id, "COMMITMENT_REMOVED", p -> p.removeCommitment(commitmentId));
  }

  @Transactional
  public Promise moveCommitment(Member by, UUID id, UUID commitmentId, int delta) {
    return change(by, id, "COMMITMENT_MOVED", p -> p.reorderCommitment(commitmentId, delta));
  }

  /**
   * A signatory signs in the app; the party's own coordinator or police user records a paper signature (for a third
   * party, the promise's coordinators and police do). For an archived promise, those who edit it copy the signatures
   * its source names.
   */
  @Transactional
  public Signature sign(Member by, UUID id, SignatureInput input) {
    Promise p = readable(by, id);
    PromiseVersion v = p.draftOrConflict();
    validation.signature(input, p, v);
    Signature.Method method;
    if (v.fromSource()) {
      if (!PromiseAccess.mayRecordSourceSignature(by, p)) {
        throw new AccessDeniedException("only those who edit this archived promise may copy its signatures");
      }
      method = Signature.Method.SOURCE;
    } else if (PromiseAccess.maySignInApp(by, input.party(), p)) {
      method = Signature.Method.IN_APP;
    } else if (PromiseAccess.mayRecordPaperSignature(by, input.party(), p)) {
      method = Signature.Method.PAPER;
    } else {
      throw new AccessDeniedException("you may not sign for " + input.party());
    }
    Signature s = new Signature(input.party(), input.name().strip(), input.title().strip(), input.signedOn(),
        PromiseInputs.clean(input.place()), method, by.getUsername(), now());
    apply(p, "PROMISE_SIGNED", s, x -> x.sign(s));
    return s;
  }

  @Transactional
  public Promise reopen(Member by, UUID id) {
    return change(by, id, "PROMISE_REOPENED", Promise::reopen);
  }

  @Transactional
  public Promise publish(Member by, UUID id) {
    return publish(by, id, false);
  }

  /**
   * Publishes the signed draft, or with {@code fromSource} an archived promise as its source has it (audited as
   * such, so the trail tells the two apart).
   */
  @Transactional
  public Promise publish(Member by, UUID id, boolean fromSource) {
    Promise p = editable(by, id);
    PromisePublished event = fromSource
        ? apply(p, "PROMISE_PUBLISHED_FROM_SOURCE", p.working().text().source(), x -> { },
            x -> x.publishFromSource(now()))
        : apply(p, "PROMISE_PUBLISHED", null, x -> { }, x -> x.publish(now()));
    events.publishEvent(event);
    return p;
  }

  @Transactional
  public Promise revise(Member by, UUID id) {
    return change(by, id, "PROMISE_REVISED", p -> p.revise());
  }

  /**
   * Keeps the public version in force to a later day. Before an evaluation of the promise exists (asked through
   * {@link EvaluationStatus}, which the evaluating module implements) this needs {@code overrideReason}, recorded in
   * the audit trail. Publishes {@link PromiseExtended} so the follow-ups of the new months are scheduled.
   */
  @Transactional
  public Extension extend(Member by, UUID id, ExtensionInput input) {
    Promise p = editable(by, id);
    String override = input.overrideReason() == null || input.overrideReason().isBlank() ? null
        : input.overrideReason().strip();
    EvaluationStatus status = evaluations.getIfAvailable();
    boolean evaluated = status != null && status.evaluated(id);
    if (!evaluated && override == null) {
      throw se.medborgarlofte.shared.InvalidInputException.of("overrideReason",
          "this promise has not been evaluated yet: extending it now needs an override with a reason");
    }
    if (override != null && override.length() > 2000) {
      throw se.medborgarlofte.shared.InvalidInputException.of("overrideReason", "must be at most 2000 characters");
    }
    Extension e = apply(p, "PROMISE_EXTENDED", input, x -> { },
        x -> x.extend(input.validTo(), input.note(), now()));
    if (!evaluated) {
      audit.record("PROMISE_EXTENSION_OVERRIDE", "Promise", p.id(), null,
          java.util.Map.of("version", e.version(), "validTo", e.validTo().toString(), "overrideReason", override));
    }
    PromiseVersion v = p.published().orElseThrow();
    events.publishEvent(new PromiseExtended(p.id(), e.version(), Promise.inForceFrom(v), e.previousValidTo(),
        e.validTo(), v.text().followUpIntervalMonths(), v.text().evaluationDate()));
    return e;
  }

  @Transactional
  public Promise close(Member by, UUID id, String reason) {
    return change(by, id, "PROMISE_CLOSED", p -> p.close(reason));
  }

  @Transactional
  public Promise withdraw(Member by, UUID id, String reason) {
    return change(by, id, "PROMISE_WITHDRAWN", p -> p.withdraw(reason));
  }

  /** A promise a member may see in full, drafts included; 404 for others so drafts do not leak. */
  public Promise readable(Member by, UUID id) {
    Promise p = repository.find(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    if (!PromiseAccess.mayReadDrafts(by, p)) {
      if (p.published().isPresent() && by != null) {
        throw new AccessDeniedException("you may not change this promise");
      }
      throw new NotFoundException("no promise " + id);
    }
    return p;
  }

  /** The promise as the public sees it: only if a version was ever published. */
  public java.util.Optional<Promise> published(UUID id) {
    return repository.find(id).filter(p -> p.published().isPresent());
  }

  public java.util.Optional<Promise> find(UUID id) {
    return repository.find(id);
  }

  private Promise editable(Member by, UUID id) {
    Promise p = readable(by, id);
    if (!PromiseAccess.mayEdit(by, p)) {
      throw new AccessDeniedException("only the coordinators of its kommuner and the police of its LPOs may change "
          + "this promise");
    }
    return p;
  }

  private Promise change(Member by, UUID id, String action, Consumer<Promise> transition) {
    Promise p = editable(by, id);
    apply(p, action, null, transition);
    return p;
  }

  private void apply(Promise p, String action, Object detail, Consumer<Promise> transition) {
    apply(p, action, detail, transition, x -> null);
  }

  private <T> T apply(Promise p, String action, Object detail, Consumer<Promise> transition,
      java.util.function.Function<Promise, T> result) {
    Summary before = Summary.of(p, null);
    String publicBefore = publicState(p);
    transition.accept(p);
    T value = result.apply(p);
    repository.save(p);
    audit.record(action, "Promise", p.id(), before, Summary.of(p, detail != null ? detail : value));
    if (!java.util.Objects.equals(publicBefore, publicState(p))) {
      events.publishEvent(new PublicContentChanged("promise " + p.id() + " " + action));
    }
    return value;
  }

  /** What the public sees of a promise: its published version, that version's status and its extensions. */
  private static String publicState(Promise p) {
    return p.published().map(v -> v.number() + "-" + v.status() + "-" + p.extensionsOf(v.number()).size())
        .orElse(null);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
