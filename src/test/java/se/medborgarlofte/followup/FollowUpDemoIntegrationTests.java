package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo follow-up (same context and database as DemoDataIntegrationTests): Båstad's demo promises have activities,
 * one has a published follow-up that citizens read on its page, and loading the demo again adds nothing.
 */
@SpringBootTest(properties = {"medborgarlofte.demo-data=true", "test.database=demo"})
@AutoConfigureMockMvc
class FollowUpDemoIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FollowUpDemo demo;

  @Test
  void aDemoPromiseShowsItsPublishedFollowUpWithWhatWasDone() throws Exception {
    UUID promise = jdbc.sql("select promise_id from followup_follow_up where published_at is not null")
        .query(UUID.class).single();
    String page = mvc.perform(get("/loften/{id}", promise)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Vad har hänt?", "Exempel: det första halvåret", "Ni sa, vi gjorde", "Pågår");
    assertThat(jdbc.sql("select count(*) from followup_activity where promise_id = ?").param(promise)
        .query(Integer.class).single()).isPositive();
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    int activities = jdbc.sql("select count(*) from followup_activity").query(Integer.class).single();
    demo.load();
    assertThat(jdbc.sql("select count(*) from followup_activity").query(Integer.class).single())
        .isEqualTo(activities);
    assertThat(jdbc.sql("select count(*) from followup_follow_up where published_at is not null")
        .query(Integer.class).single()).isEqualTo(1);
  }
}
