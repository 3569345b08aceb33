package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Users;

/**
 * With {@code MEDBORGARLOFTE_DEMO_DATA=true} every module's demo loader runs at start, in module order (the promises
 * need organisation's demo users, the example module's tip comes last), and every page says it is a demo. Its own
 * database, so the demo promises never meet the other tests.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @Test
  void everyModulesDemoLoaderRanAndEveryPageCarriesTheBanner() throws Exception {
    assertThat(users.loadMember("samordnare.bastad")).isPresent();
    assertThat(jdbc.sql("select count(*) from promise_promise where example").query(Integer.class).single())
        .isEqualTo(5);
    // beyond the seed: a promise shared by two kommuner with third parties, and one archived from its source
    assertThat(jdbc.sql("select count(*) from promise_promise where example and cardinality(municipality_codes) = 2")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(mvc.perform(get("/kommuner/1284")).andReturn().getResponse().getContentAsString())
        .contains("Trygga hamnar sommaren 2026", "Höganäs hamn");
    assertThat(mvc.perform(get("/kommuner/1285")).andReturn().getResponse().getContentAsString())
        .contains("Medborgarlöfte Eslöv 2019–2020", "Arkiverat från källan");
    String kommun = mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getContentAsString();
    assertThat(kommun).contains("Demotips: gångtunneln vid stationen", "Tryggare", "class=\"demo-banner\"");
    String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(login).contains("Demoläge");
  }

  /** {@code java -jar} without the variable loads no demo: the shipped default is off. */
  @Test
  void theShippedDefaultIsOff() throws Exception {
    var shipped = new java.util.Properties();
    try (var in = new java.io.FileInputStream("src/main/resources/application.properties")) {
      shipped.load(in);
    }
    assertThat(shipped.getProperty("medborgarlofte.demo-data")).isEqualTo("${MEDBORGARLOFTE_DEMO_DATA:false}");
  }
}
