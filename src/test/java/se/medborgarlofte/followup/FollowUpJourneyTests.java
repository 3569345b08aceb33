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
 * Activities logged; a follow-up drafted on its page by the coordinator, approved there by both sides and
 * published (refused first, naming the police, while their approval is missing); then a citizen with JavaScript off
 * reads “Vad har hänt?” in both languages, and the police officer signs in, finds the overdue evaluation on the dashboard and logs a control by form; the evaluation
 * is published and its decision recorded on the evaluation's page, and the citizen reads it. axe checks every page.
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
    // The coordinator writes the first follow-up on its page, reached from the dashboard, and approves it for the
    // kommun; publishing is refused until the police have approved, naming them; the officer approves and publishes.
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    Page coordinatorPage = signIn(coordinator.getUsername(), People.PASSWORD, true);
    Browser.visit(coordinatorPage, url("/admin/uppfoljning"));
    openReport(coordinatorPage, title, first, "Skriv uppföljningen");
    assertThat(coordinatorPage.locator("main fieldset").first().textContent()).contains(
        "3 trafikkontroller på 2 platser, 60 kontrollerade fordon, 6 timmar");
    coordinatorPage.locator("[id='commitments[0].status']").selectOption("IN_PROGRESS");
    coordinatorPage.locator("[id='commitments[0].narrative']").fill("Tre kvällar vid skolorna");
    coordinatorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkastet")).click();
    // a report without its summary is refused beside the field
    assertThat(coordinatorPage.locator("#summary-error").textContent()).contains("a summary is required");
    Browser.assertAccessible(coordinatorPage);
    coordinatorPage.locator("#summary").fill("Kontrollerna är i gång.");
    coordinatorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkastet")).click();
    assertThat(coordinatorPage.locator(".notice").textContent()).contains("Rapporten är sparad.");
    Browser.assertAccessible(coordinatorPage);
    coordinatorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn för kommunen")).click();
    assertThat(coordinatorPage.locator(".notice").textContent()).contains("Godkännandet är sparat.");
    coordinatorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(coordinatorPage.locator("#publish-error").textContent()).isEqualTo("not approved by POLICE");
    Browser.assertAccessible(coordinatorPage);

    Page officer = signIn(police.getUsername(), People.PASSWORD, true);
    Browser.visit(officer, url("/admin/uppfoljning"));
    openReport(officer, title, first, "Skriv uppföljningen");
    assertThat(officer.locator("#summary").inputValue()).isEqualTo("Kontrollerna är i gång.");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn för polisen")).click();
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(officer.locator(".notice").textContent()).contains("Rapporten är publicerad");
    Browser.assertAccessible(officer);
    assertThat(followUps.ofPromise(p.id()).get(0).publishedAt()).isNotNull();

    Page citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften/" + p.id()));
    String section = citizen.locator("section.followup-section").textContent();
    assertThat(section).contains("Vad har hänt?", "Ni sa, vi gjorde", "Pågår", "Tre kvällar vid skolorna",
        "3 trafikkontroller på 2 platser, 60 kontrollerade fordon, 6 timmar",
        "Uppföljningen som skulle ha publicerats 2025-12-31 är försenad");
    Browser.visit(citizen, url("/loften/" + p.id() + "?lang=en"));
    assertThat(citizen.locator("section.followup-section").textContent()).contains("What has happened?",
        "3 traffic controls at 2 places, 60 vehicles checked, 6 hours");

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
    // the decision is recorded on the evaluation's page
    Browser.visit(officer, url("/admin/uppfoljning/loften/" + p.id() + "/uppfoljningar/" + evaluation.id()));
    officer.locator("#decision").selectOption("EXTEND");
    officer.locator("#reason").fill("Kontrollerna fortsätter");
    officer.locator("[id='verdicts[0].verdict']").selectOption("ACHIEVED");
    officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara beslutet")).click();
    assertThat(officer.locator(".notice").textContent()).contains("Beslutet är sparat.");
    Browser.assertAccessible(officer);
    assertThat(decisions.of(p.id())).hasValueSatisfying(d -> assertThat(d.decision())
        .isEqualTo(Decision.Outcome.EXTEND));
    Browser.visit(citizen, url("/loften/" + p.id() + "?lang=sv"));
    assertThat(citizen.locator("section.followup-evaluation").textContent()).contains("Utvärdering",
        "Löftet förlängs.", "Kontrollerna fortsätter", "Uppnått", "1 av 1 åtaganden genomförda");
    assertThat(citizen.locator("section.followup-section").textContent()).contains("Året är utvärderat.");
  }

  /** Follows the dashboard row of this promise's follow-up (the member's other promises are listed too). */
  private static void openReport(Page page, String title, FollowUp f, String link) {
    page.locator("main tr", new Page.LocatorOptions().setHasText(title)).filter(new com.microsoft.playwright.Locator
        .FilterOptions().setHasText(f.dueOn().toString())).first().getByRole(AriaRole.LINK,
        new com.microsoft.playwright.Locator.GetByRoleOptions().setName(link)).click();
    Browser.assertAccessible(page);
  }
}
