package se.medborgarlofte.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * In real Chromium without JavaScript, axe on every page: Klippan's coordinator enters a safety walk in admin, is
 * refused a nonsense date, writes what was said with a proposed action and owner, publishes the summary, and the
 * kommun page shows it.
 */
class DialogueJourneyTests extends JourneyTest {

  @Autowired People people;

  @Test
  void aCoordinatorEntersASafetyWalkAndPublishesItsSummary() {
    Page page = signIn(people.coordinator("1276"), false);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dialoger").setExact(true)).first().click();
    Browser.assertAccessible(page);
    String title = "Trygghetsvandring i centrum " + UUID.randomUUID().toString().substring(0, 6);
    page.getByLabel("Slag").selectOption(new SelectOption().setLabel("Trygghetsvandring"));
    page.getByLabel("Rubrik").fill(title);
    page.getByLabel("Datum").fill("2026-10-20");
    page.getByLabel("kommunen och polisen").check();
    page.getByLabel("Antal deltagare (valfritt)").fill("tolv");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa dialogen")).click();
    assertThat(page.locator(".error-summary").textContent()).contains("whole number");
    assertThat(page.getByLabel("Rubrik").inputValue()).isEqualTo(title);
    Browser.assertAccessible(page);
    page.getByLabel("Antal deltagare (valfritt)").fill("12");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa dialogen")).click();
    assertThat(page.locator("h1").textContent()).isEqualTo(title);
    Browser.assertAccessible(page);

    page.getByLabel("Vad sades?").fill("Gångtunneln är mörk på kvällarna.");
    page.getByLabel("Otrygga platser och belysning").check();
    page.getByLabel("Föreslagen åtgärd").fill("Starkare belysning");
    page.getByLabel("Ansvarig (kommunen, polisen, ett bostadsbolag …)").fill("kommunen");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara inlägget")).click();
    assertThat(page.locator("[role=status]").textContent()).contains("Inlägget är sparat");
    assertThat(page.locator("ul.dialogue-entries").textContent()).contains("Gångtunneln är mörk",
        "Starkare belysning");
    Browser.assertAccessible(page);
    page.getByLabel("Sammanfattning (publiceras på kommunsidan)").fill("Tolv gick med kring centrum. Tunneln togs upp.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera sammanfattningen")).click();
    assertThat(page.locator("[role=status]").textContent()).contains("publicerad");
    Browser.assertAccessible(page);

    Browser.visit(page, url("/kommuner/1276"));
    assertThat(page.textContent("main")).contains(title, "Tolv gick med kring centrum",
        "Föreslagen åtgärd: Starkare belysning (ansvarig: kommunen)");
  }
}
