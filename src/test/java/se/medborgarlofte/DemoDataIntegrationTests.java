package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Accounts;

/**
 * With {@code MEDBORGARLOFTE_DEMO_DATA=true} every module's demo loader runs at start, in module order (the promises
 * need organisation's demo users, the example module's tip comes last), and every page says it is a demo. Its own
 * database, so the demo promises never meet the other tests.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void everyModulesDemoLoaderRanAndEveryPageCarriesTheBanner() throws Exception {
    assertThat(accounts.loadMember("samordnare.bastad")).isPresent();
    assertThat(jdbc.sql("select count(*) from promise_promise where example").query(Integer.class).single())
        .isEqualTo(3);
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
