package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/** A citizen with JavaScript off reads Ystad's crime figures, chart and sentence, in both languages; axe checks. */
class CrimeStatisticsJourneyTests extends JourneyTest {

  @Autowired CrimeStatisticsImport importer;
  @Autowired People people;

  @Test
  void aCitizenWithoutJavaScriptReadsTheTableChartAndSentence() {
    String csv = "status;period;area_code;crime_type;count;note\n"
        + "slutlig;2014;1286;TOTAL;2 100;journey\nslutlig;2015;1286;TOTAL;2 050;journey\n"
        + "slutlig;2015Q1;1286;RESIDENTIAL_BURGLARY;12;journey\npreliminär;2016Q1;1286;RESIDENTIAL_BURGLARY;9;journey\n"
        + "slutlig;2015Q1;1286;TOTAL;12;journey\npreliminär;2016Q1;1286;TOTAL;9;journey\n";
    importer.importFile(people.admin(), "ystad.csv", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
    Page page = browser.newPage(false);
    Browser.visit(page, url("/kommuner/1286"));
    String section = page.locator("section.crimestats-section").textContent();
    assertThat(section).contains("Anmälda brott per år", "2050",
        "Preliminär statistik visar att anmälda bostadsinbrott minskade med 25 % under kvartal 1 2016 jämfört med"
            + " samma period 2015 (9 mot 12).");
    // Quarters of the latest year beside the same quarters a year earlier.
    assertThat(page.locator("table.crimestats-quarters caption").textContent())
        .isEqualTo("Samtliga anmälda brott per kvartal, senaste året mot året före");
    assertThat(page.locator("table.crimestats-quarters tbody tr").first().textContent().replaceAll("\\s+", " "))
        .contains("Kvartal 1", "9", "preliminär", "12");
    assertThat(page.locator("section.crimestats-section svg title").textContent())
        .isEqualTo("Samtliga anmälda brott per år");
    Browser.visit(page, url("/kommuner/1286?lang=en"));
    assertThat(page.locator("section.crimestats-section").textContent()).contains("Reported crime by year",
        "Preliminary statistics show that reported residential burglaries fell by 25 % in quarter 1 of 2016");
  }
}
