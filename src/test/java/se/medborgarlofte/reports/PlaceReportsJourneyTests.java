package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * In real Chromium, axe on every page: a citizen with JavaScript off reports a problem in Örkelljunga (1257) by typed
 * coordinates, is refused first for a point outside the kommun, a moderator publishes it in admin, and the kommun
 * page shows the report and the hotspot it completes, which the coordinator then saves as a place; a citizen with JavaScript reports by clicking the map.
 */
class PlaceReportsJourneyTests extends JourneyTest {

  @Autowired PlaceReports reports;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void aCitizenWithoutJavaScriptReportsAModeratorPublishesAndTheHotspotAppears() {
    Member coordinator = people.coordinator("1257");
    // Two published reports already close by: the citizen's will be the third, enough for a hotspot.
    for (int i = 0; i < 2; i++) {
      long id = reports.submit(new NewPlaceReport("1257", "poor-lighting", "Mörkt vid torget " + i, null,
          56.2833 + i * 0.0002, 13.2833, null, null, null, null, "TEST"));
      reports.moderate(coordinator, id, "PUBLISH", null, null);
    }
    String text = "Belysningen vid torget är släckt " + UUID.randomUUID().toString().substring(0, 8);
    Page page = browser.newPage(false);
    Browser.visit(page, url("/kommuner/1257"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportera ett problem")).click();
    Browser.assertAccessible(page);
    page.getByLabel("Vad gäller det?").selectOption(new SelectOption().setLabel("Dålig belysning"));
    page.getByLabel("Beskriv problemet").fill(text);
    page.getByLabel("När på dygnet? (valfritt)").selectOption(new SelectOption().setLabel("Kväll"));
    page.getByLabel("Latitud").fill("56,4275");
    page.getByLabel("Longitud").fill("12,8492");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
    // Båstad station is not in Örkelljunga: refused, with what was typed kept.
    assertThat(page.locator(".error-summary").textContent()).contains("lies outside Örkelljunga (it is in Båstad)");
    assertThat(page.getByLabel("Beskriv problemet").inputValue()).isEqualTo(text);
    Browser.assertAccessible(page);
    page.getByLabel("Latitud").fill("56,2834");
    page.getByLabel("Longitud").fill("13,2834");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
    assertThat(page.url()).endsWith("/kommuner/1257/rapportera/tack");
    Browser.assertAccessible(page);
    assertThat(page.textContent("main")).contains("Tack för din rapport");
    long id = jdbc.sql("select id from reports_place_report where description = ?").param(text).query(Long.class)
        .single();

    Page moderator = signIn(coordinator, false);
    moderator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporter att granska")).first().click();
    Browser.assertAccessible(moderator);
    moderator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport " + id)).click();
    Browser.assertAccessible(moderator);
    moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(moderator.textContent("main")).contains("Rapport " + id + " är granskad.");
    Browser.assertAccessible(moderator);

    Browser.visit(page, url("/kommuner/1257"));
    String section = page.locator("section.reports-section").textContent();
    assertThat(section).contains(text, "Dålig belysning");
    assertThat(page.locator("section.reports-section table.reports-hotspots").textContent())
        .contains("Dålig belysning").contains("3");
    assertThat(page.locator("section.reports-section svg circle.hotspot").count()).isEqualTo(1);
    Browser.visit(page, url("/kommuner/1257?lang=en"));
    assertThat(page.locator("section.reports-section").textContent()).contains("Reports from residents",
        "Poor lighting");

    // The coordinator saves the hotspot as one of the kommun's places, to plan a safety walk there.
    String hotspot = hotspots.in("1257", null, null, null).stream()
        .filter(h -> h.category().equals("poor-lighting") && h.covers(56.2834, 13.2834)).findFirst().orElseThrow().id();
    moderator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hotspots som platser")).first().click();
    assertThat(moderator.url()).endsWith("/admin/kommuner/1257/hotspots");
    Browser.assertAccessible(moderator);
    var row = moderator.locator("tr#" + hotspot);
    assertThat(row.textContent()).contains("Dålig belysning");
    String placeName = "Torget " + UUID.randomUUID().toString().substring(0, 6);
    moderator.getByLabel("Namn på platsen för " + hotspot).fill(placeName);
    row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
        .setName("Spara som plats")).click();
    assertThat(moderator.textContent("main")).contains("Hotspot " + hotspot + " är sparad som plats.");
    assertThat(moderator.locator("tr#" + hotspot).textContent()).contains("Finns som plats: " + placeName);
    Browser.assertAccessible(moderator);
    assertThat(places.in("1257")).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo(placeName);
      assertThat(p.kind()).isEqualTo("POINT");
    });
  }

  @Autowired Hotspots hotspots;

  @Autowired EstReports est;
  @Autowired se.medborgarlofte.organisation.Places places;

  @Test
  void anEstReporterFilesAWeeklyReportAndTheWeeklyViewShowsTheChange() {
    Member coordinator = people.coordinator("1257");
    String placeName = "Centrum " + UUID.randomUUID().toString().substring(0, 6);
    long place = places.add(coordinator, "1257", placeName, "POINT", null, null);
    Member reporter = people.with(se.medborgarlofte.organisation.Role.REPORTER, "1257", null);
    java.time.LocalDate week = EstReports.weekOf(java.time.LocalDate.now());
    for (int i = 1; i <= 4; i++) {
      est.file(reporter, "1257", place, week.minusWeeks(i), java.util.Map.of("LITTERING", 2));
    }
    Page page = signIn(reporter, false);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EST-rapport")).first().click();
    Browser.assertAccessible(page);
    page.getByLabel("Plats", new Page.GetByLabelOptions().setExact(true))
        .selectOption(new SelectOption().setLabel(placeName));
    page.getByLabel("Nedskräpning").fill("11");
    page.getByLabel("Stökiga grupper").fill("1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka veckorapporten")).click();
    assertThat(page.url()).contains("/admin/est/lagesbild?kommun=1257");
    Browser.assertAccessible(page);
    var first = page.locator("table.est-situation tbody tr").first();
    assertThat(first.textContent()).contains("Nedskräpning", placeName, "11", "+9");
  }

  @Test
  void aCitizenWithJavaScriptReportsByClickingTheMap() {
    Page page = browser.newPage(true);
    Browser.visit(page, url("/kommuner/1257/rapportera"));
    page.getByLabel("Beskriv problemet").fill("Klick på kartan");
    page.locator(".report-picker svg").click();
    String lat = page.getByLabel("Latitud").inputValue();
    String lon = page.getByLabel("Longitud").inputValue();
    assertThat(Double.parseDouble(lat)).isBetween(56.1, 56.5);
    assertThat(Double.parseDouble(lon)).isBetween(13.0, 13.7);
    assertThat(page.locator(".report-picker svg circle.picked").count()).isEqualTo(1);
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
    assertThat(page.url()).endsWith("/kommuner/1257/rapportera/tack");
    assertThat(jdbc.sql("select count(*) from reports_place_report where description = 'Klick på kartan'"
        + " and abs(latitude - ?) < 0.00001").param(Double.parseDouble(lat)).query(Long.class).single()).isOne();
  }

  @Test
  void anAdminAddsAReportCategoryAndIssuesAndRevokesAnOpen311Key() {
    Page page = signIn(people.admin(), false);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportkategorier")).first().click();
    Browser.assertAccessible(page);
    String code = "j-" + UUID.randomUUID().toString().substring(0, 6);
    page.getByLabel("Kod (2–40 små bokstäver a–z, siffror och bindestreck)").fill("Fel Kod");
    page.getByLabel("Namn på svenska").fill("Mopeder på gångbanan");
    page.getByLabel("Namn på engelska").fill("Mopeds on the pavement");
    page.getByLabel("Problemkategori").selectOption(new SelectOption().setLabel("Trafik och hastighet"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till")).click();
    assertThat(page.locator(".error-summary").textContent()).contains("lower-case");
    Browser.assertAccessible(page);
    page.getByLabel("Kod (2–40 små bokstäver a–z, siffror och bindestreck)").fill(code);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till")).click();
    assertThat(page.locator("[role=status]").textContent()).contains(code);
    assertThat(page.locator("table").textContent()).contains("Mopeder på gångbanan");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open311-nycklar")).first().click();
    Browser.assertAccessible(page);
    String app = "Felanmälan " + UUID.randomUUID().toString().substring(0, 6);
    page.getByLabel("Appens namn").fill(app);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utfärda")).click();
    String key = page.locator("code.api-key").textContent();
    assertThat(key).startsWith("o311_");
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återkalla nyckeln till " + app)).click();
    assertThat(page.locator("[role=status]").textContent()).contains("återkallad");
    assertThat(page.locator("table").textContent()).contains(app, "Återkallad");
    assertThat(page.content()).doesNotContain(key);
    Browser.assertAccessible(page);
  }
}
