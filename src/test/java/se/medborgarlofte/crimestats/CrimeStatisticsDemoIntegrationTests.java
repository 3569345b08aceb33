package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo figures (same context and database as DemoDataIntegrationTests): Båstad's page says they are invented
 * and quotes the issue's own sentence from them, and loading them again at the next start changes nothing.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class CrimeStatisticsDemoIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CrimeStatisticsDemo demo;

  @Test
  void båstadShowsTheExampleFiguresMarkedAsInventedWithTheirSentence() throws Exception {
    String page = mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Exempel: påhittade siffror för demonstration, inte BRÅ:s statistik.",
        "Preliminär statistik visar att anmälda bostadsinbrott minskade med 18 % under kvartal 1–3 2016 jämfört med"
            + " samma period 2015 (42 mot 51).",
        "<title id=\"crimestats-chart-title\">Samtliga anmälda brott per år</title>",
        "<desc id=\"crimestats-chart-desc\">2014: 1310, 2015: 1254</desc>");
    assertThat(mvc.perform(get("/kommuner/1284")).andReturn().getResponse().getContentAsString())
        .contains("crimestats-heading", "Exempel: påhittade siffror");
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    int before = jdbc.sql("select count(*) from crimestats_import").query(Integer.class).single();
    demo.load();
    assertThat(jdbc.sql("select count(*) from crimestats_import").query(Integer.class).single()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from crimestats_import where example").query(Integer.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code in ('1278', '1284', '12')")
        .query(Integer.class).single()).isEqualTo(17);
  }
}
