package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.People;

/**
 * Reminders through real SMTP (GreenMail) on a database of their own: the fixture promise's follow-ups (2025) are
 * overdue, so the kommun's and the LPO's members with an address get one mail per follow-up, once, even when two
 * scheduler instances run at the same moment; an SMTP outage sends nothing and the next run retries.
 */
@SpringBootTest(properties = {"test.database=followupmail", "spring.mail.host=localhost", "spring.mail.port=3025",
    "medborgarlofte.followup.reminder-interval=PT24H"})
class FollowUpRemindersIntegrationTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired FollowUpReminders reminders;
  @Autowired FollowUps followUps;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired Users users;
  @Autowired Memberships memberships;
  @Autowired JdbcClient jdbc;

  @Test
  void overdueFollowUpsAreMailedToTheSidesOnceWithTwoSchedulersAndRetriedAfterAnOutage() throws Exception {
    long kommun = users.create("paminn.kommun." + PromiseFixtures.unique(), "Kim Kommun", "kim@bastad.example",
        "a-long-enough-password");
    memberships.grant(kommun, Role.COORDINATOR, "1278", null);
    long polis = users.create("paminn.polis." + PromiseFixtures.unique(), "Per Polis", "per@polisen.example",
        "a-long-enough-password");
    memberships.grant(polis, Role.POLICE, null, people.angelholm());
    long other = users.create("paminn.eslov." + PromiseFixtures.unique(), "Eva Eslöv", "eva@eslov.example",
        "a-long-enough-password");
    memberships.grant(other, Role.COORDINATOR, "1285", null);

    // The outage first: nothing sent, nothing marked.
    greenMail.stop();
    Promise p = new PromiseFixtures(promises, people).published("1278", "Påminnelser " + PromiseFixtures.unique());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    assertThat(reminders.send()).isZero();
    assertThat(jdbc.sql("select count(*) from followup_follow_up where reminder_sent is not null")
        .query(Integer.class).single()).isZero();
    greenMail.start();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> runs = new ArrayList<>();
    Callable<Integer> run = reminders::send;
    runs.add(pool.submit(run));
    runs.add(pool.submit(run));
    int total = 0;
    for (Future<Integer> r : runs) {
      total += Math.max(0, r.get());
    }
    pool.shutdown();
    assertThat(total).isEqualTo(2);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(4);
    List<String> to = new ArrayList<>();
    for (MimeMessage m : received) {
      to.add(m.getAllRecipients()[0].toString());
      assertThat(m.getSubject()).startsWith("Försenad: ");
    }
    assertThat(to).containsExactlyInAnyOrder("kim@bastad.example", "kim@bastad.example", "per@polisen.example",
        "per@polisen.example");
    assertThat(reminders.send()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(4);
  }
}
