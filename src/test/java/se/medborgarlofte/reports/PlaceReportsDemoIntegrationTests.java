package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo reports (same context and database as DemoDataIntegrationTests): Båstad's page marks them as examples,
 * the station and road 115 come out as hotspots, one report waits for moderation, and a second load adds nothing.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class PlaceReportsDemoIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlaceReportsDemo demo;
  @Autowired Hotspots hotspots;

  @Test
  void båstadShowsExampleReportsAndHotspotsAtTheStationAndOnRoad115() throws Exception {
    String page = mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Exempel: påhittade rapporter för demonstration.",
        "Gångtunneln under spåret känns otrygg", "class=\"hotspot\"");
    var found = hotspots.in("1278", null, null, null);
    assertThat(found).extracting(Hotspot::category).containsExactly("speeding", "reckless-driving", "feels-unsafe");
    // Five example reports of speeding at the station, and the demo safety walk's entry about traffic there.
    assertThat(found.get(0).count()).isEqualTo(6);
    assertThat(found.get(0).reports()).isEqualTo(5);
    assertThat(found.get(0).dialogueEntries()).isEqualTo(1);
    assertThat(page).contains(found.get(0).id());
    // The dialogue demo: a safety walk with proposed actions and owners, and an open online dialogue.
    assertThat(page).contains("Trygghetsvandring kring Båstads station (exempel)",
        "Föreslagen åtgärd: Byta till starkare belysning i tunneln (ansvarig: kommunen)", "Delta i dialogen",
        "Exempel: påhittade dialoger för demonstration.");
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    long before = jdbc.sql("select count(*) from reports_place_report").query(Long.class).single();
    demo.load();
    assertThat(jdbc.sql("select count(*) from reports_place_report").query(Long.class).single()).isEqualTo(before);
    assertThat(jdbc.sql("select count(*) from reports_place_report where example and moderation = 'AWAITING_MODERATION'")
        .query(Long.class).single()).isEqualTo(1);
  }
}
