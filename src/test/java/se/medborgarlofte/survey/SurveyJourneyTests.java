package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * Lund's coordinator builds and opens a round in the workspace; a citizen answers with JavaScript off and another
 * with it on; the coordinator sees the count rise, adds nothing by hand, closes the round, and the results page shows
 * littering (12 answers, at a minimum of 10) and marks speeding (2 answers) as too few. axe checks every page.
 */
class SurveyJourneyTests extends JourneyTest {

  @Autowired People people;
  @Autowired SurveyFixtures fixtures;

  @Test
  void citizensAnswerWithAndWithoutJavaScriptAndTheResultsShowShownAndSuppressedItems() {
    Member coordinator = people.coordinator("1281");
    Page admin = signIn(coordinator, true);
    Browser.visit(admin, url("/admin/enkater"));
    // Other tests add templates; the form starts from the standard one whatever sorts first.
    assertThat(admin.getByLabel("Enkät").inputValue()).isEqualTo(String.valueOf(fixtures.standard().id()));
    admin.getByLabel("Titel").fill("Trygghetsmätning Lund");
    admin.getByLabel("Öppnar").fill("2026-01-01");
    admin.getByLabel("Stänger").fill("2099-12-31");
    admin.getByLabel("Minsta antal svar för att en siffra ska visas (minst 10)").fill("10");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa utkast")).click();
    assertThat(admin.url()).matches(".*/admin/enkater/\\d+$");
    Browser.assertAccessible(admin);
    long id = Long.parseLong(admin.url().substring(admin.url().lastIndexOf('/') + 1));
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna mätningen")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("#response-count").textContent()).isEqualTo("0");

    answer(browser.newPage(false), id);
    answer(browser.newPage(true), id);

    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppdatera antalet svar")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("#response-count").textContent()).isEqualTo("2");

    fixtures.answer(id, null, 10, "P_LITTERING", "SMALL");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
        "Stäng mätningen och räkna fram resultaten")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("dl.facts").textContent()).contains("Stängd");

    Page results = browser.newPage(false);
    Browser.visit(results, url("/kommuner/1281/trygghetsmatningar/" + id));
    Locator littering = results.locator("table.survey-table").first().locator("tr",
        new Locator.LocatorOptions().setHasText("nedskräpning"));
    assertThat(littering.locator("td").first().textContent()).isEqualTo("12");
    Locator speeding = results.locator("table.survey-table").first().locator("tr",
        new Locator.LocatorOptions().setHasText("bilar kör för fort"));
    assertThat(speeding.textContent()).contains("För få svar (färre än 10): visas inte");
    assertThat(results.locator("svg title").first().textContent())
        .isEqualTo("Andel som ser ett ganska eller mycket stort problem");
    Browser.visit(results, url("/kommuner/1281"));
    assertThat(results.locator("section.survey-section").textContent()).contains("Trygghetsmätning Lund");
  }

  /** A round of many areas: from its results page to one area's page, both checked by axe. */
  @Test
  void aVisitorGoesFromTheResultsOfManyAreasToOneAreasPage() {
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
    SurveyRound round = fixtures.open("1281", "OPEN", java.util.stream.IntStream.rangeClosed(1, 21)
        .mapToObj(i -> new RoundRequest.Area("A" + i, "Delområde " + i + " " + suffix)).toList());
    fixtures.answer(round.id(), "A1", 30, "P_LITTERING", "BIG");
    fixtures.close(round.id());
    Page page = browser.newPage(false);
    Browser.visit(page, url("/kommuner/1281/trygghetsmatningar/" + round.id()));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delområde 1 " + suffix)).click();
    Browser.assertAccessible(page);
    assertThat(page.locator("h1").textContent()).isEqualTo("Problem i Delområde 1 " + suffix);
    Locator littering = page.locator("table.survey-table tr", new Page.LocatorOptions().setHasText("nedskräpning"));
    assertThat(littering.locator("td").first().textContent()).isEqualTo("30");
  }

  /** One citizen: littering a very big problem, speeding a fairly small one, sent, thanked. */
  private void answer(Page page, long id) {
    Browser.visit(page, url("/enkater/" + id));
    page.locator("[id='a.P_LITTERING']").getByLabel("Mycket stort problem").check();
    page.locator("[id='a.P_SPEEDING']").getByLabel("Ganska litet problem").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaren")).click();
    assertThat(page.url()).endsWith("/enkater/" + id + "/tack");
    Browser.assertAccessible(page);
    assertThat(page.locator("h1").textContent()).isEqualTo("Tack för dina svar");
    page.context().close();
  }
}
