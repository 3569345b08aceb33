package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.DemoUsers;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseParty;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Demo follow-up: the published demo promises of Båstad get activities against their commitments, logged by the
 * demo coordinator and police of Båstad and Ängelholm, and the first of them a published follow-up approved by both
 * sides. Runs after promise's demo (order 40); a later start finds the activities and adds nothing.
 */
@Component
@DemoData
class FollowUpDemo implements DemoLoader {

  private static final Logger log = LoggerFactory.getLogger(FollowUpDemo.class);

  private final JdbcClient jdbc;
  private final DemoUsers users;
  private final PromiseQueries queries;
  private final PublishedPromises promises;
  private final Activities activities;
  private final FollowUps followUps;

  FollowUpDemo(JdbcClient jdbc, DemoUsers users, PromiseQueries queries, PublishedPromises promises,
      Activities activities, FollowUps followUps) {
    this.jdbc = jdbc;
    this.users = users;
    this.queries = queries;
    this.promises = promises;
    this.activities = activities;
    this.followUps = followUps;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  @Transactional
  public void load() {
    if (jdbc.sql("select count(*) from followup_activity").query(Integer.class).single() > 0) {
      return;
    }
    Member coordinator = users.get(DemoUsers.COORDINATOR_BASTAD);
    Member police = users.get(DemoUsers.POLICE_ANGELHOLM);
    boolean reported = false;
    for (PromiseQueries.Listed listed : queries.published("1278", null)) {
      PromiseView p = promises.find(listed.id()).orElse(null);
      if (p == null || !listed.example() || p.commitments().isEmpty() || !FollowUpAccess.isParty(coordinator, p)
          || !FollowUpAccess.isParty(police, p)) {
        continue;
      }
      followUps.ensureScheduled(p);
      logActivities(p, coordinator, police);
      if (!reported) {
        reported = publishFirstFollowUp(p, coordinator, police);
      }
    }
    log.info("Demo follow-up loaded (a follow-up published: {})", reported);
  }

  private void logActivities(PromiseView p, Member coordinator, Member police) {
    LocalDate first = Activities.firstDay(p);
    String[] places = {"Torget", "Hamnen", "Skolgatan"};
    for (PromiseView.CommitmentView c : p.commitments()) {
      String party = c.owners().isEmpty() ? PromiseParty.MUNICIPALITY : c.owners().get(0);
      Member by = PromiseParty.POLICE.equals(party) ? police : coordinator;
      String type = c.activityType() == null ? "OTHER" : c.activityType().name();
      for (int i = 0; i < 3; i++) {
        LocalDate day = first.plusDays(20L + 30L * i);
        if (day.isAfter(p.validTo())) {
          break;
        }
        activities.log(by, p.id(), c.id(), new ActivityInput(type, day, party, places[i], null, null,
            Map.of("participants", BigDecimal.valueOf(8 + 4L * i)), BigDecimal.valueOf(3), "Exempel"));
      }
    }
  }

  private boolean publishFirstFollowUp(PromiseView p, Member coordinator, Member police) {
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    if (first.publishedAt() != null) {
      return true;
    }
    List<FollowUpReport.CommitmentReport> lines = p.commitments().stream()
        .map(c -> new FollowUpReport.CommitmentReport(c.id(), CommitmentStatus.IN_PROGRESS,
            "Exempel: arbetet är i gång enligt planen.", null)).toList();
    followUps.edit(coordinator, p.id(), first.id(), new FollowUpReport(
        "Exempel: det första halvåret har vi gjort det vi lovade, och fortsätter.", lines));
    for (String side : FollowUps.sides(p)) {
      followUps.approve(PromiseParty.POLICE.equals(side) ? police : coordinator, p.id(), first.id(), side);
    }
    followUps.publish(coordinator, p.id(), first.id());
    return true;
  }
}
