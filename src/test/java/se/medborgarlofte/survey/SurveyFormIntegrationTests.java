package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.support.IntegrationTest;

/** The public questionnaire without JavaScript: no session, one answer per page drawn, refusals in plain words. */
@IntegrationTest
class SurveyFormIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;

  long responses(long id) {
    return jdbc.sql("select count(*) from survey_response where round_id = ?").param(id).query(Long.class).single();
  }

  static MockHttpServletRequestBuilder send(long id, String submissionId) {
    return post("/api/v1/surveys/" + id + "/responses").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.TEXT_HTML).param("submissionId", submissionId)
        .param("a.P_LITTERING", "BIG").param("a.S_EVENING", "DK").header("Host", "localhost");
  }

  /** As a browser posts the form from our own page. */
  static MockHttpServletRequestBuilder sendHere(long id, String submissionId) {
    return send(id, submissionId).param("website", "").header("Origin", "http://localhost")
        .header("Sec-Fetch-Site", "same-origin");
  }

  @Test
  void theFormIsDrawnWithoutASessionOrCsrfTokenAndAResentPageStoresOneAnswer() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of(new RoundRequest.Area("NORR", "Norra " + UUID.randomUUID()
        .toString().substring(0, 5))));
    MvcResult page = mvc.perform(get("/enkater/" + round.id())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Hur stort problem är nedskräpning i ditt område?")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("_csrf"))))
        .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
    assertThat(page.getRequest().getSession(false)).isNull();
    String html = page.getResponse().getContentAsString();
    String submissionId = html.replaceAll("(?s).*name=\"submissionId\" value=\"([^\"]+)\".*", "$1");
    assertThat(submissionId).hasSize(36);
    mvc.perform(sendHere(round.id(), submissionId).param("area", "NORR")).andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/enkater/" + round.id() + "/tack"));
    // A resend without Origin (older browsers, a retry by hand) is no cross-site post either.
    mvc.perform(send(round.id(), submissionId).param("area", "NORR")).andExpect(status().isSeeOther());
    assertThat(responses(round.id())).isEqualTo(1);
    mvc.perform(get("/enkater/" + round.id() + "/tack")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Tack för dina svar")));
    mvc.perform(get("/enkater/" + round.id()).param("lang", "en")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("How big a problem is littering in your area?")));
  }

  @Test
  void aCrossSitePostAFilledHoneypotAndABadOptionAreRefusedAndStoreNothing() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    mvc.perform(send(round.id(), UUID.randomUUID().toString()).header("Origin", "https://elak.example"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(Matchers.containsString("skickades från en annan webbplats")));
    mvc.perform(send(round.id(), UUID.randomUUID().toString()).header("Sec-Fetch-Site", "cross-site"))
        .andExpect(status().isForbidden());
    mvc.perform(send(round.id(), UUID.randomUUID().toString()).param("website", "http://spam.example"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(send(round.id(), UUID.randomUUID().toString()).param("a.P_SPEEDING", "WHATEVER"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("href=\"#a.P_SPEEDING\"")))
        .andExpect(content().string(Matchers.containsString("Välj ett av svarsalternativen")))
        // What was chosen stays chosen.
        .andExpect(content().string(Matchers.matchesPattern(
            "(?s).*id=\"a.P_LITTERING.BIG\"[^>]*checked.*")));
    assertThat(responses(round.id())).isZero();
  }

  @Test
  void anInvitationRoundAsksForTheCodeAndAClosedRoundSaysSo() throws Exception {
    SurveyRound round = fixtures.open("1278", "INVITATION", List.of());
    mvc.perform(get("/enkater/" + round.id())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"invitationCode\"")));
    mvc.perform(send(round.id(), UUID.randomUUID().toString()).param("invitationCode", "ZZZZZ-ZZZZZ"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("Koden finns inte")));
    fixtures.close(round.id());
    mvc.perform(get("/enkater/" + round.id())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enkäten är stängd")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<form method=\"post\""))));
    mvc.perform(send(round.id(), UUID.randomUUID().toString())).andExpect(status().isConflict())
        .andExpect(content().string(Matchers.containsString("Enkäten är inte öppen")));
    SurveyRound draft = fixtures.draft("1278", "OPEN", List.of());
    mvc.perform(get("/enkater/" + draft.id())).andExpect(status().isNotFound());
  }
}
