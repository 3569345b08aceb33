package se.medborgarlofte.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseParty;
import se.medborgarlofte.promise.PromisePublished;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The follow-ups of a promise: scheduled when it is published, drafted by either side, approved by both sides (each
 * side present in the promise), then published for the public (“Vad har hänt?”).
 */
@Service
public class FollowUps {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final FollowUpRepository repository;
  private final PublishedPromises promises;
  private final Activities activities;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final int reminderDays;
  /** Evaluations reads follow-ups too; resolved when the first evaluation is published. */
  private final org.springframework.beans.factory.ObjectProvider<Evaluations> evaluations;
  private Clock clock = Clock.system(SWEDEN);

  FollowUps(FollowUpRepository repository, PublishedPromises promises, Activities activities, AuditTrail audit,
      ApplicationEventPublisher events, @Value("${medborgarlofte.followup.reminder-days:14}") int reminderDays,
      org.springframework.beans.factory.ObjectProvider<Evaluations> evaluations) {
    this.evaluations = evaluations;
    this.repository = repository;
    this.promises = promises;
    this.activities = activities;
    this.audit = audit;
    this.events = events;
    this.reminderDays = reminderDays;
  }

  /** A line of the schedule as the API lists it. */
  public record Listed(UUID id, FollowUpKind kind, LocalDate dueOn, FollowUpStatus status, LocalDate publishedOn) {}

  /**
   * Schedules a newly published promise. A revision keeps the schedule the promise already has; a redelivered event
   * adds nothing (one row per kind and day).
   */
  @Transactional
  public int schedule(PromisePublished e) {
    if (e.revises() != null && repository.anyFor(e.promiseId())) {
      return 0;
    }
    int added = 0;
    for (FollowUpSchedule.Due due : FollowUpSchedule.of(e.validFrom(), e.validTo(), e.followUpIntervalMonths(),
        e.evaluationDate())) {
      if (repository.schedule(e.promiseId(), due)) {
        added++;
      }
    }
    if (added > 0) {
      audit.record("followup.schedule", "followup_promise", e.promiseId(), null,
          Map.of("version", e.version(), "added", added));
      events.publishEvent(new PublicContentChanged("followup schedule " + e.promiseId()));
    }
    return added;
  }

  /** The evaluation kept when the evaluation follow-up {@code id} was published (see {@link Evaluations#published}). */
  java.util.Optional<Evaluations.Evaluation> frozenEvaluation(UUID id) {
    return repository.frozenEvaluation(id, Evaluations.Evaluation.class);
  }

  /** Adds the follow-ups of an extension's new months; a redelivered event adds nothing. */
  @Transactional
  public int extend(se.medborgarlofte.promise.PromiseExtended e) {
    int added = 0;
    for (FollowUpSchedule.Due due : FollowUpSchedule.extension(e.validFrom(), e.previousValidTo(), e.validTo(),
        e.followUpIntervalMonths())) {
      if (repository.schedule(e.promiseId(), due)) {
        added++;
      }
    }
    if (added > 0) {
      audit.record("followup.schedule-extension", "followup_promise", e.promiseId(), null,
          Map.of("validTo", e.validTo().toString(), "added", added));
      events.publishEvent(new PublicContentChanged("followup schedule " + e.promiseId() + " extended"));
    }
    return added;
  }

  /**
   * The schedule for a published promise read through promise's API: what {@link #schedule} makes from its event.
   * For the demo loader, which may run before the event was delivered.
   */
  @Transactional
  public int ensureScheduled(PromiseView p) {
    return schedule(new PromisePublished(p.id(), p.version(), p.municipalityCode(), p.localPoliceAreaId(),
        Activities.firstDay(p), p.validTo(), p.followUpIntervalMonths(), p.evaluationDate(), null,
        p.municipalityCodes(), p.localPoliceAreaIds(), p.fromSource()));
  }

  public List<Listed> list(UUID promiseId) {
    promises.require(promiseId);
    LocalDate today = today();
    return repository.ofPromise(promiseId).stream().map(f -> new Listed(f.id(), f.kind(), f.dueOn(),
        f.status(today, reminderDays), f.publishedAt() == null ? null
            : f.publishedAt().atZoneSameInstant(SWEDEN).toLocalDate())).toList();
  }

  /** A line of a member's dashboard: a follow-up of one of its promises that is due or overdue. */
  public record Pending(UUID promiseId, String promiseTitle, UUID id, FollowUpKind kind, LocalDate dueOn,
      FollowUpStatus status) {}

  /**
   * What is due or overdue across the member's organisations: the unpublished follow-ups within the reminder window
   * or late, of the promises the member is a party to, the most overdue first.
   */
  public List<Pending> dashboard(Member m) {
    LocalDate today = today();
    Map<UUID, java.util.Optional<PromiseView>> views = new java.util.HashMap<>();
    List<Pending> lines = new ArrayList<>();
    for (FollowUp f : repository.pendingUntil(today.plusDays(reminderDays))) {
      PromiseView p = views.computeIfAbsent(f.promiseId(), promises::recent).orElse(null);
      if (p != null && FollowUpAccess.isParty(m, p)) {
        lines.add(new Pending(p.id(), p.title(), f.id(), f.kind(), f.dueOn(), f.status(today, reminderDays)));
      }
    }
    return lines;
  }

  /** The latest published follow-ups of every promise, newest first (for the feeds). */
  public List<FollowUp> latestPublished(int limit) {
    return repository.latestPublished(limit);
  }

  public List<FollowUp> ofPromise(UUID promiseId) {
    return repository.ofPromise(promiseId);
  }

  public FollowUpStatus status(FollowUp f) {
    return f.status(today(), reminderDays);
  }

  /** Saves the report; an approval was of the text before, so a change asks both sides again. */
  @Transactional
  public FollowUp edit(Member by, UUID promiseId, UUID id, FollowUpReport report) {
    PromiseView p = promises.require(promiseId);
    if (!FollowUpAccess.isParty(by, p)) {
      throw new NotAPartyException("only members of a party to the promise edit its follow-ups");
    }
    FollowUp before = find(promiseId, id);
    if (before.publishedAt() != null) {
      throw new ConflictException("this follow-up is published and can no longer be changed");
    }
    FieldErrors errors = new FieldErrors();
    Set<UUID> known = p.commitments().stream().map(PromiseView.CommitmentView::id).collect(Collectors.toSet());
    Set<UUID> seen = new java.util.HashSet<>();
    for (int i = 0; i < report.commitments().size(); i++) {
      FollowUpReport.CommitmentReport c = report.commitments().get(i);
      String at = "commitments[" + i + "]";
      if (c.commitmentId() == null || !known.contains(c.commitmentId())) {
        errors.add(at + ".commitmentId", "not a commitment of this promise: " + c.commitmentId());
      } else if (!seen.add(c.commitmentId())) {
        errors.add(at + ".commitmentId", "this commitment is reported twice");
      }
      if (c.status() == null) {
        errors.add(at + ".status", "a status is required");
      }
      if (c.narrative() != null && c.narrative().length() > 2000) {
        errors.add(at + ".narrative", "at most 2000 characters");
      }
      if (c.outcome() != null && c.outcome().signum() < 0) {
        errors.add(at + ".outcome", "an outcome cannot be negative");
      }
    }
    if (report.summary() == null || report.summary().isBlank()) {
      // an empty report is nothing to approve or publish: what was done is said in the summary
      errors.add("summary", "a summary is required");
    } else if (report.summary().length() > 4000) {
      errors.add("summary", "at most 4000 characters");
    }
    errors.throwIfAny();
    repository.saveReport(id, report);
    audit.record("followup.edit", "followup_follow_up", id, before.report(), report);
    return find(promiseId, id);
  }

  /** One side's approval of the report as it stands. */
  @Transactional
  public void approve(Member by, UUID promiseId, UUID id, String party) {
    PromiseView p = promises.require(promiseId);
    if (!FollowUpAccess.isParty(by, p)) {
      throw new NotAPartyException("only members of a party to the promise approve its follow-ups");
    }
    if (party == null || !sides(p).contains(party)) {
      throw se.medborgarlofte.shared.InvalidInputException.of("party",
          "approvals are given by the sides of the promise: " + String.join(", ", sides(p)));
    }
    if (!FollowUpAccess.actsFor(by, party, p)) {
      throw new NotAPartyException("you may not approve for " + party);
    }
    FollowUp f = find(promiseId, id);
    if (f.publishedAt() != null) {
      throw new ConflictException("this follow-up is already published");
    }
    if (f.report() == null) {
      throw new ConflictException("there is no report to approve yet");
    }
    if (f.approvedBy().contains(party)) {
      throw new ConflictException(party + " has already approved this report");
    }
    repository.approve(id, party, by.getUsername());
    audit.record("followup.approve", "followup_follow_up", id, null, Map.of("party", party));
  }

  /** Publishes the report with both sides' approvals: 409 naming the side that has not approved. */
  @Transactional
  public FollowUp publish(Member by, UUID promiseId, UUID id) {
    PromiseView p = promises.require(promiseId);
    if (!FollowUpAccess.isParty(by, p)) {
      throw new NotAPartyException("only members of a party to the promise publish its follow-ups");
    }
    FollowUp f = find(promiseId, id);
    if (f.publishedAt() != null) {
      throw new ConflictException("this follow-up is already published");
    }
    if (f.report() == null) {
      throw new ConflictException("there is no report to publish yet");
    }
    List<String> missing = sides(p).stream().filter(s -> !f.approvedBy().contains(s)).toList();
    if (!missing.isEmpty()) {
      throw new ConflictException("not approved by " + String.join(" and ", missing));
    }
    FollowUp.PublishedReport published = freeze(p, f);
    repository.publish(id, published);
    if (f.kind() == FollowUpKind.EVALUATION) {
      // What citizens read is what the parties published: later crime figures or imports do not change it.
      repository.freezeEvaluation(id, evaluations.getObject().of(promiseId));
    }
    audit.record("followup.publish", "followup_follow_up", id, null, published);
    events.publishEvent(new PublicContentChanged("followup " + promiseId + " published"));
    return find(promiseId, id);
  }

  /**
   * A commitment as the report is drafted: what its activities in the follow-up's period add up to, and the outcome
   * figure proposed beside a quantified target, which the writer may change.
   */
  public record DraftLine(PromiseView.CommitmentView commitment, ActivitySummary activities,
      java.math.BigDecimal proposedOutcome) {}

  /**
   * The draft of a follow-up's report, one line per commitment of the promise. The proposed outcome of a quantified
   * target is the named count whose name is the target's unit when the activities have one (“vehiclesChecked”),
   * otherwise the number of activities, since most targets count occasions (“minst 6 trygghetsvandringar”).
   */
  public List<DraftLine> draft(UUID promiseId, UUID id) {
    PromiseView p = promises.require(promiseId);
    LocalDate[] period = period(p, find(promiseId, id));
    List<DraftLine> lines = new ArrayList<>();
    for (PromiseView.CommitmentView c : p.commitments()) {
      ActivitySummary s = activities.summary(promiseId, c.id(), period[0], period[1]);
      java.math.BigDecimal proposed = c.quantity() == null ? null
          : s.counts().getOrDefault(c.quantity().unit(), java.math.BigDecimal.valueOf(s.activities()));
      lines.add(new DraftLine(c, s, proposed));
    }
    return lines;
  }

  /** One follow-up of the promise; 404 for an id the promise does not have. */
  public FollowUp require(UUID promiseId, UUID id) {
    return find(promiseId, id);
  }

  /** The sides whose approval a report needs: the kommun side and the police side, where the promise has them. */
  public static List<String> sides(PromiseView p) {
    List<String> sides = new ArrayList<>();
    if (!p.municipalityCodes().isEmpty()) {
      sides.add(PromiseParty.MUNICIPALITY);
    }
    if (!p.localPoliceAreaIds().isEmpty()) {
      sides.add(PromiseParty.POLICE);
    }
    return sides;
  }

  /** The period a follow-up reports on: from the day after the one before (or the first day) to its own day. */
  LocalDate[] period(PromiseView p, FollowUp f) {
    LocalDate from = Activities.firstDay(p);
    if (f.kind() == FollowUpKind.FOLLOW_UP) {
      for (FollowUp other : repository.ofPromise(p.id())) {
        if (other.kind() == FollowUpKind.FOLLOW_UP && other.dueOn().isBefore(f.dueOn())) {
          from = other.dueOn().plusDays(1);
        }
      }
    }
    return new LocalDate[] {from, f.dueOn()};
  }

  private FollowUp.PublishedReport freeze(PromiseView p, FollowUp f) {
    LocalDate[] period = period(p, f);
    List<FollowUp.PublishedCommitment> commitments = new ArrayList<>();
    for (PromiseView.CommitmentView c : p.commitments()) {
      FollowUpReport.CommitmentReport r = f.report().commitments().stream()
          .filter(x -> c.id().equals(x.commitmentId())).findFirst().orElse(null);
      commitments.add(new FollowUp.PublishedCommitment(c.id(), c.text(), c.target(),
          c.quantity() == null ? null : c.quantity().atLeastText() + " " + c.quantity().unit(),
          r == null ? CommitmentStatus.PLANNED : r.status(), r == null ? null : r.narrative(),
          r == null ? null : r.outcome(), activities.summary(p.id(), c.id(), period[0], period[1])));
    }
    return new FollowUp.PublishedReport(period[0], period[1], f.report().summary(), commitments);
  }

  FollowUp find(UUID promiseId, UUID id) {
    return repository.find(promiseId, id).orElseThrow(() -> new NotFoundException("no follow-up " + id));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** For tests that need another day. */
  void clock(Clock clock) {
    this.clock = clock;
  }
}
