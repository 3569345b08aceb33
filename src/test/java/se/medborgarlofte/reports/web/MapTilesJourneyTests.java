package se.medborgarlofte.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;

/**
 * In real Chromium with JavaScript and a tile server configured: the report form shows Leaflet (our own copy)
 * instead of the SVG, and a click on it fills in the coordinates; axe on the page. The tile server is a closed local
 * port, so no test reaches outside; Leaflet shows empty tiles and still maps a click to a coordinate.
 */
@TestPropertySource(properties = "medborgarlofte.map.tiles-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class MapTilesJourneyTests extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void aCitizenReportsByClickingTheLeafletMap() {
    Page page = browser.newPage(true);
    Browser.visit(page, url("/kommuner/1257/rapportera"));
    assertThat(page.locator(".report-leaflet.leaflet-container").isVisible()).isTrue();
    assertThat(page.locator(".report-picker .report-svg").isVisible()).isFalse();
    page.getByLabel("Beskriv problemet").fill("Klick på kartbladen");
    page.locator(".report-leaflet").click();
    double lat = Double.parseDouble(page.getByLabel("Latitud").inputValue());
    double lon = Double.parseDouble(page.getByLabel("Longitud").inputValue());
    assertThat(lat).isBetween(56.1, 56.5);
    assertThat(lon).isBetween(13.0, 13.7);
    assertThat(page.locator(".report-leaflet path.picked").count()).isEqualTo(1);
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka rapporten")).click();
    assertThat(page.url()).endsWith("/kommuner/1257/rapportera/tack");
    assertThat(jdbc.sql("select count(*) from reports_place_report where description = 'Klick på kartbladen'"
        + " and abs(latitude - ?) < 0.00001").param(lat).query(Long.class).single()).isOne();
  }
}
