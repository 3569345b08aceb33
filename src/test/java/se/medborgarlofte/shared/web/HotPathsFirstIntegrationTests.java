package se.medborgarlofte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import se.medborgarlofte.support.IntegrationTest;

/** The survey's answer endpoints are found among the hot paths; everything else through the normal search. */
@IntegrationTest
class HotPathsFirstIntegrationTests {

  @Autowired
  HotPathsFirst.Mapping mapping;

  @Autowired
  MockMvc mvc;

  @Test
  void theSurveyAnswerRoutesAreHotAndFoundWithTheirPathVariables() throws Exception {
    assertThat(mapping.hotMappings()).flatExtracting(m -> m.getPatternValues())
        .containsOnly("/api/v1/surveys/{id}/responses");

    MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/surveys/42/responses");
    json.setContentType("application/json");
    HandlerExecutionChain chain = mapping.getHandler(json);
    assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("respond");
    assertThat(json.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(
        java.util.Map.of("id", "42"));
    assertThat(json.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
        .hasToString("/api/v1/surveys/{id}/responses");

    MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/v1/surveys/42/responses");
    form.setContentType("application/x-www-form-urlencoded");
    form.addHeader("Accept", "text/html");
    assertThat(((HandlerMethod) mapping.getHandler(form).getHandler()).getMethod().getName()).isEqualTo("submit");
  }

  /** What no hot route matches gets the normal search's answers: 405, 415, 406 (a 500 before, found by probing). */
  @Test
  void aWrongMethodOrMediaTypeOnAHotPathGetsTheUsualErrors() throws Exception {
    mvc.perform(put("/api/v1/surveys/42/responses").with(httpBasic("admin", "x"))).andExpect(status().is4xxClientError());
    mvc.perform(post("/api/v1/surveys/42/responses").contentType("text/xml").content("<a/>"))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(post("/api/v1/surveys/42/responses").contentType("application/x-www-form-urlencoded")
            .accept("application/json").content("submissionId=abcdefgh13"))
        .andExpect(status().isNotAcceptable()).andExpect(jsonPath("$.status").value(406));
  }

  @Test
  void otherRoutesGoThroughTheNormalSearch() throws Exception {
    MockHttpServletRequest results = new MockHttpServletRequest("GET", "/api/v1/surveys/42/results");
    assertThat(((HandlerMethod) mapping.getHandler(results).getHandler()).getMethod().getName())
        .isEqualTo("results");
  }
}
