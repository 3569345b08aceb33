package se.medborgarlofte.followup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.promise.PromiseExtended;
import se.medborgarlofte.promise.PromisePublished;

/**
 * Keeps the schedule and the decision in step with what promise does, through the event publication registry (so
 * nothing is lost to a crash): an extension adds the follow-ups of its new months and, like a revision, links a
 * decision to extend or revise to the promise that carries it out.
 */
@Component
class ScheduleOnExtension {

  private final FollowUps followUps;
  private final Decisions decisions;

  ScheduleOnExtension(FollowUps followUps, Decisions decisions) {
    this.followUps = followUps;
    this.decisions = decisions;
  }

  @ApplicationModuleListener
  void on(PromiseExtended event) {
    followUps.extend(event);
    decisions.carriedOut(event.promiseId(), Decision.Outcome.EXTEND);
  }

  @ApplicationModuleListener
  void onRevision(PromisePublished event) {
    if (event.revises() != null) {
      decisions.carriedOut(event.promiseId(), Decision.Outcome.REVISE);
    }
  }
}
