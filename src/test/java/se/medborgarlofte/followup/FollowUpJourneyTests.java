package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * Activities logged and a follow-up drafted, approved by both sides and published (through the services, as the API
 * tests drive the same calls); then a citizen with JavaScript off reads “Vad har hänt?” in both languages, and the
 * police officer signs in, finds the overdue evaluation on the dashboard and logs a control by form; the evaluation
 * is published with a decision and the citizen reads it. axe checks every page.
 */
class FollowUpJourneyTests extends JourneyTest {

  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired Activities activities;
  @Autowired FollowUps followUps;
  @Autowired Decisions decisions;

  @Test
  void aCitizenReadsWhatHappenedAndThePoliceSeeWhatIsOverdue() {
    Member coordinator = people.coordinator("1278");
    Member police = people.police(people.angelholm());
    String title = "Resa " + PromiseFixtures.unique();
    Promise p = new PromiseFixtures(promises, people).published("1278", title);
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    UUID c = p.published().orElseThrow().commitments().get(0).id();
    for (int i = 0; i < 3; i++) {
      activities.log(police, p.id(), c, new ActivityInput("TRAFFIC_CONTROL", LocalDate.of(2025, 2, 1 + i), "POLICE",
          i == 2 ? "Hamnen" : "Storgatan", null, null, Map.of("vehiclesChecked", BigDecimal.valueOf(20)),
          BigDecimal.valueOf(2), null));
    }
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    followUps.edit(coordinator, p.id(), first.id(), new FollowUpReport("Kontrollerna är i gång.", List.of(
        new FollowUpReport.CommitmentReport(c, CommitmentStatus.IN_PROGRESS, "Tre kvällar vid skolorna", null))));
    followUps.approve(coordinator, p.id(), first.id(), "MUNICIPALITY");
    followUps.approve(police, p.id(), first.id(), "POLICE");
    followUps.publish(police, p.id(), first.id());

    Page citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften/" + p.id()));
    String section = citizen.locator("section.followup-section").textContent();
    assertThat(section).contains("Vad har hänt?", "Ni sa, vi gjorde", "Pågår", "Tre kvällar vid skolorna",
        "3 trafikkontroller på 2 platser, 60 kontrollerade fordon, 6 timmar",
        "Uppföljningen som skulle ha publicerats 2025-12-31 är försenad");
    Browser.visit(citizen, url("/loften/" + p.id() + "?lang=en"));
    assertThat(citizen.locator("section.followup-section").textContent()).contains("What has happened?",
        "3 traffic controls at 2 places, 60 vehicles checked, 6 hours");

    Page officer = signIn(police.getUsername(), People.PASSWORD, true);
    Browser.visit(officer, url("/admin/uppfoljning"));
    String dashboard = officer.locator("main").textContent();
    assertThat(dashboard).contains(title, "Utvärdering", "2025-12-31", "Försenad");

    // The officer logs one more control on the workspace page, by form; a day outside the period is named there.
    // (the officer's other promises are listed too: the link in this promise's row)
    officer.locator("main tr", new Page.LocatorOptions().setHasText(title)).first()
        .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aktiviteter"))
        .click();
    Browser.assertAccessible(officer);
    officer.locator("#commitment").selectOption(c.toString());
    officer.locator("#type").selectOption("TRAFFIC_CONTROL");
    officer.locator("#party").selectOption("POLICE");
    officer.locator("#date").fill("2027-01-01");
    officer.locator("#counts").fill("vehiclesChecked = 5");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara aktiviteten")).click();
    assertThat(officer.locator("#date-error").textContent()).contains("outside the promise's period");
    Browser.assertAccessible(officer);
    officer.locator("#date").fill("2025-03-01");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara aktiviteten")).click();
    assertThat(officer.locator(".notice").textContent()).contains("Aktiviteten är sparad.");
    assertThat(officer.locator("main table").last().textContent()).contains("2025-03-01");
    Browser.assertAccessible(officer);
    assertThat(activities.list(p.id(), c)).hasSize(4);

    // The evaluation is published with a decision; the citizen reads it under the follow-ups.
    FollowUp evaluation = followUps.ofPromise(p.id()).get(1);
    followUps.edit(coordinator, p.id(), evaluation.id(), new FollowUpReport("Året är utvärderat.", List.of(
        new FollowUpReport.CommitmentReport(c, CommitmentStatus.DONE, "Fyra kontroller", null))));
    followUps.approve(coordinator, p.id(), evaluation.id(), "MUNICIPALITY");
    followUps.approve(police, p.id(), evaluation.id(), "POLICE");
    followUps.publish(police, p.id(), evaluation.id());
    decisions.decide(police, p.id(), new Decision.Request(Decision.Outcome.EXTEND, "Kontrollerna fortsätter",
        List.of(new Decision.Verdict(c, Decision.Judgement.ACHIEVED, null)), null));
    Browser.visit(citizen, url("/loften/" + p.id() + "?lang=sv"));
    assertThat(citizen.locator("section.followup-evaluation").textContent()).contains("Utvärdering",
        "Löftet förlängs.", "Kontrollerna fortsätter", "Uppnått", "1 av 1 åtaganden genomförda");
    assertThat(citizen.locator("section.followup-section").textContent()).contains("Året är utvärderat.");
  }
}
