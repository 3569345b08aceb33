package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The anonymous answer is limited per client by the house's limit (here 3 a minute): the fourth from one address is
 * refused with 429 and not stored, while another address still answers. The limit counts in memory only; nothing
 * about the client is stored with the answer (see SurveyIntegrationTests).
 */
@SpringBootTest(properties = {"medborgarlofte.public-rate-limit=3", "test.database=survey_rate"})
@AutoConfigureMockMvc
class SurveyRateLimitIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;

  static MockHttpServletRequestBuilder answer(long id, String address) {
    return post("/api/v1/surveys/" + id + "/responses").contentType(MediaType.APPLICATION_JSON)
        .content("{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{\"P_LITTERING\":\"BIG\"}}")
        .with(r -> {
          r.setRemoteAddr(address);
          return r;
        });
  }

  @Test
  void theFourthAnswerFromOneClientWithinAMinuteIsRefusedAndNotStored() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    for (int i = 0; i < 3; i++) {
      mvc.perform(answer(round.id(), "10.20.30.40")).andExpect(status().isCreated());
    }
    mvc.perform(answer(round.id(), "10.20.30.40")).andExpect(status().isTooManyRequests());
    mvc.perform(answer(round.id(), "10.20.30.41")).andExpect(status().isCreated());
    assertThat(jdbc.sql("select count(*) from survey_response where round_id = ?").param(round.id())
        .query(Long.class).single()).isEqualTo(4);
  }
}
