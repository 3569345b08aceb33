package se.medborgarlofte.followup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.promise.PromisePublished;

/**
 * Schedules the follow-ups of a published promise. An application-module listener: the event is kept in the JDBC
 * event publication registry until this completes, so a follow-up is never lost to a crash between the promise's
 * commit and this one (it is delivered again on restart, and scheduling twice adds nothing).
 */
@Component
class ScheduleOnPublish {

  private final FollowUps followUps;

  ScheduleOnPublish(FollowUps followUps) {
    this.followUps = followUps;
  }

  @ApplicationModuleListener
  void on(PromisePublished event) {
    followUps.schedule(event);
  }
}
