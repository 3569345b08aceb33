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
  @Autowired SurveyTemplates templates;

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

  /**
   * An admin, with JavaScript off, makes a new version of a template: one text changed and one item added (the add
   * button re-renders the form), a bad option value refused beside its field, fixed, saved, and listed.
   */
  @Test
  void anAdminMakesANewVersionOfATemplateWithAChangedTextAndAnAddedItem() {
    String name = "Resmall " + java.util.UUID.randomUUID().toString().substring(0, 6);
    SurveyTemplate v1 = templates.create(people.admin(), new TemplateRequest(
        "journey-" + se.medborgarlofte.support.Matrix.unique(), name, java.util.List.of(new TemplateRequest.Item(
            "Q1", "SAFETY", "Trygg?", "Safe?", "YES_NO", null, java.util.List.of(
                new TemplateRequest.Option("NO", "Nej", "No", 0.0),
                new TemplateRequest.Option("YES", "Ja", "Yes", 1.0)), java.util.List.of("YES")))));
    Page admin = signInAsAdmin(false);
    Browser.visit(admin, url("/admin/enkater"));
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enkätmallar: visa dem och gör nya versioner"))
        .click();
    Browser.assertAccessible(admin);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
    Browser.assertAccessible(admin);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gör en ny version utifrån denna")).click();
    Browser.assertAccessible(admin);
    admin.locator("[id='items[0].textSv']").fill("Känner du dig trygg när du går ut ensam?");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till en fråga")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("[id='items[0].textSv']").inputValue()).isEqualTo("Känner du dig trygg när du går ut ensam?");
    admin.locator("[id='items[1].code']").fill("Q2");
    admin.locator("[id='items[1].textSv']").fill("Nedskräpning");
    admin.locator("[id='items[1].textEn']").fill("Litter");
    String[][] options = {{"SMALL", "Litet", "Small", "0"}, {"BIG", "Stort", "Big", "mycket"}};
    for (int j = 0; j < options.length; j++) {
      String at = "[id='items[1].options[" + j + "].";
      admin.locator(at + "code']").fill(options[j][0]);
      admin.locator(at + "labelSv']").fill(options[j][1]);
      admin.locator(at + "labelEn']").fill(options[j][2]);
      admin.locator(at + "value']").fill(options[j][3]);
    }
    admin.locator("[id='items[1].options[1].topBox']").check();
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som version 2")).first().click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("[id='items[1].options[1].value-error']").textContent())
        .startsWith("must be a number between -1000 and 1000");
    assertThat(templates.all().stream().filter(t -> t.code().equals(v1.code())).count()).isEqualTo(1);
    admin.locator("[id='items[1].options[1].value']").fill("1");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som version 2")).first().click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("h1").textContent()).isEqualTo(name + " (" + v1.code() + " v2)");
    assertThat(admin.getByRole(AriaRole.STATUS).textContent()).contains("Den nya versionen är sparad.");
    Browser.visit(admin, url("/admin/enkater/mallar"));
    Locator rows = admin.locator("tr", new Page.LocatorOptions().setHasText(v1.code()));
    assertThat(rows.locator("td:nth-child(3)").allTextContents()).containsExactlyInAnyOrder("1", "2");
  }

  /**
   * Motala's coordinator imports the answers of the 2019 postal survey into an empty draft: the file's header becomes
   * a mapping form, a value naming no option is refused beside its field, the fixed mapping is saved and imported,
   * the import's page (followed by its script) reaches "done", and the results page shows the figures.
   */
  @Test
  void aCoordinatorImportsAnEarlierRoundsAnswersWithAMappingAndSeesItClosedWithItsFigures() throws Exception {
    Member coordinator = people.coordinator("0583");
    SurveyRound round = fixtures.draft("0583", "OPEN", java.util.List.of(new RoundRequest.Area("N", "Motala norra"),
        new RoundRequest.Area("S", "Motala södra")), java.time.LocalDate.of(2019, 3, 1),
        java.time.LocalDate.of(2019, 4, 30));
    StringBuilder csv = new StringBuilder("lopnr;vikt;omrade;q1\n");
    String[] q1 = {"1", "2", "3", "4", "9", ""};
    for (int i = 0; i < 60; i++) {
      csv.append(i).append(";1,0;").append(i % 2 == 0 ? "N" : "S").append(';').append(q1[i % 6]).append('\n');
    }
    Page admin = signIn(coordinator, true);
    Browser.visit(admin, url("/admin/enkater/" + round.id()));
    admin.getByLabel("Fil (CSV, en rad per svarande)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
        "postenkat-2019.csv", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in filen")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("h1").textContent()).isEqualTo("Kolumnmappning");
    admin.getByLabel("Vad kolumnen omrade innehåller").selectOption("__AREA__");
    admin.getByLabel("Vad kolumnen q1 innehåller").selectOption("P_LITTERING");
    admin.getByLabel("Egna värden i kolumnen q1").fill("1=NONE; 2=SMALL; 3=FAIRLY; 4=HUGE");
    admin.getByLabel("Celler som betyder vet ej, åtskilda med semikolon (t.ex. 9; vet ej)").fill("9");
    admin.getByLabel("Spara mappningen under namnet (valfritt, för nästa års fil)").fill("Postenkät");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera svaren")).click();
    Browser.assertAccessible(admin);
    assertThat(admin.locator("[id='values[3]-error']").textContent()).contains("P_LITTERING has no option HUGE");
    admin.getByLabel("Egna värden i kolumnen q1").fill("1=NONE; 2=SMALL; 3=FAIRLY; 4=BIG");
    // Imports run one at a time: another kommun's import is running (held at its last step by a lock this test
    // takes on its round, so however fast imports get, it is still running), so this one waits behind it, and its
    // page shows the progress display until the script sees it done.
    try (java.sql.Connection hold = occupyTheImportQueue()) {
      admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera svaren")).click();
      assertThat(admin.locator("#import-status").textContent()).isEqualTo("Pågår");
      assertThat(admin.locator("#import-percent").textContent()).isEqualTo("väntar på en tidigare import");
      assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppdatera")).isVisible())
          .isTrue();
      Browser.assertAccessible(admin);
      hold.rollback(); // the other import goes on, and then this one
    }
    admin.locator("#import-done").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
    Browser.assertAccessible(admin);
    assertThat(admin.locator("#import-done").textContent()).startsWith("60 svar importerades.");
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultaten")).click();
    Browser.assertAccessible(admin);
    // By hand: NONE, SMALL, FAIRLY and BIG ten times each (9 is "don't know", blank no answer): n = 40.
    Locator littering = admin.locator("table.survey-table").first().locator("tr",
        new Locator.LocatorOptions().setHasText("nedskräpning"));
    assertThat(littering.locator("td").first().textContent()).isEqualTo("40");
  }

  @Autowired AnswerImportQueue answerImports;

  @Autowired javax.sql.DataSource dataSource;

  /**
   * Starts another kommun's import and holds it at its last step: the returned connection has its round's row
   * locked until it is rolled back or closed.
   */
  private java.sql.Connection occupyTheImportQueue() throws java.sql.SQLException {
    StringBuilder lines = new StringBuilder("q1\n");
    for (int i = 0; i < 1_000; i++) {
      lines.append(i % 4).append('\n');
    }
    SurveyRound other = fixtures.draft("0584", "OPEN", java.util.List.of(), java.time.LocalDate.of(2019, 3, 1),
        java.time.LocalDate.of(2019, 4, 30));
    java.sql.Connection hold = dataSource.getConnection();
    hold.setAutoCommit(false);
    // FOR SHARE: the import's own writes (its record, the responses: foreign keys take a key-share lock) go ahead, and
    // only its last step, closing the round (an update of the row), waits.
    try (var lock = hold.prepareStatement("select id from survey_round where id = ? for share")) {
      lock.setLong(1, other.id());
      lock.executeQuery().close();
    }
    try {
      answerImports.submit(people.admin(), other.id(), new AnswerMapping(null, null, java.util.List.of(
          new AnswerMapping.Column("q1", "P_LITTERING", null, null))), null, "lang.csv", answerImports.spool(
          new java.io.ByteArrayInputStream(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))),
          java.time.Duration.ZERO);
    } catch (java.io.IOException e) {
      hold.close();
      throw new java.io.UncheckedIOException(e);
    }
    return hold;
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
