package se.medborgarlofte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.OwnPostgres;

/**
 * The app on a PostgreSQL of its own (a second server, as an external one would be), which the test stops and starts
 * again. While it is down: pages answer the error page with 503 and the API 503 problem+json, quickly; a public page
 * the cache holds is served from it; health says DOWN. When it is back the app recovers without a restart.
 */
@SpringBootTest(properties = {"test.database.server=outage", "medborgarlofte.page-cache.ttl-seconds=1"})
@AutoConfigureMockMvc
class DatabaseOutageIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void whileTheDatabaseIsDownTheAppAnswers503FastServesKeptPagesAndRecoversAfterwards() throws Exception {
    OwnPostgres server = OwnPostgres.named("outage");
    assertThat(mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getStatus()).isEqualTo(200);
    server.stop();
    Thread.sleep(1100); // the kept page expires (ttl 1 s): it must now be rendered again, and that fails

    long started = System.nanoTime();
    MockHttpServletResponse health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
    assertThat(health.getStatus()).isEqualTo(503);
    assertThat(health.getContentAsString()).contains("DOWN");
    MockHttpServletResponse api = mvc.perform(get("/api/v1/municipalities/1278")).andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getContentType()).startsWith("application/problem+json");
    MockHttpServletResponse page = mvc.perform(get("/lan/12")).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getContentAsString()).contains("<html");
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(seconds).as("three requests against a dead database, each waiting at most 2 s").isLessThan(9);

    MockHttpServletResponse kept = mvc.perform(get("/kommuner/1278")).andReturn().getResponse();
    assertThat(kept.getStatus()).isEqualTo(200);
    assertThat(kept.getContentAsString()).contains("<h1>Båstad</h1>");

    server.start();
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString()).contains("UP");
    assertThat(mvc.perform(get("/api/v1/municipalities/1278")).andReturn().getResponse().getStatus()).isEqualTo(200);
    assertThat(mvc.perform(get("/lan/12")).andReturn().getResponse().getStatus()).isEqualTo(200);
  }
}
