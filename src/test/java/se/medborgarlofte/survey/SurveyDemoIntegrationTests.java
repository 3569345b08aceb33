package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo survey (same context and database as DemoDataIntegrationTests): Båstad's closed example round with its
 * two imported earlier years, marked as invented, with both shown and suppressed cells; a second load is a no-op.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class SurveyDemoIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyDemo demo;

  long round() {
    return jdbc.sql("select id from survey_round where municipality_code = '1278' and example").query(Long.class)
        .single();
  }

  @Test
  void båstadShowsTheClosedExampleRoundWithItsEarlierYearsAndSuppressedCells() throws Exception {
    long id = round();
    String page = mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Trygghetsmätning", "Exempel: påhittade svar",
        "/kommuner/1278/trygghetsmatningar/" + id);
    String results = mvc.perform(get("/kommuner/1278/trygghetsmatningar/" + id)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(results).contains("420 svar", "Publicerat resultat", "2024", "2025", "Torekov",
        "För få svar (färre än 30): visas inte");
    mvc.perform(get("/api/v1/surveys/" + id + "/results"))
        .andExpect(jsonPath("$.responses").value(420))
        .andExpect(jsonPath("$.areas[?(@.area == 'TOREKOV')].items[?(@.itemCode == 'P_FRAUD')].suppressed")
            .value(org.hamcrest.Matchers.contains(true)))
        .andExpect(jsonPath("$.areas[?(@.area == 'ALL')].items[?(@.itemCode == 'P_LITTERING')].suppressed")
            .value(org.hamcrest.Matchers.contains(false)));
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    long responses = jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    long imports = jdbc.sql("select count(*) from survey_import").query(Long.class).single();
    demo.load();
    assertThat(jdbc.sql("select count(*) from survey_response").query(Long.class).single()).isEqualTo(responses);
    assertThat(jdbc.sql("select count(*) from survey_import").query(Long.class).single()).isEqualTo(imports);
    assertThat(jdbc.sql("select count(*) from survey_import where example and municipality_code = '1278'")
        .query(Long.class).single()).isEqualTo(1);
  }
}
