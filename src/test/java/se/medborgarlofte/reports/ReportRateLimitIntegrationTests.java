package se.medborgarlofte.reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;

/**
 * The public report door is rate-limited per client (MEDBORGARLOFTE_PUBLIC_RATE_LIMIT, here 3 a minute): the fourth
 * report from one address gets 429 with Retry-After, whichever of the API and Open311 it comes through.
 */
@IntegrationTest
@TestPropertySource(properties = "medborgarlofte.public-rate-limit=3")
class ReportRateLimitIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void theFourthReportInAMinuteFromOneClientIsHeldBack() throws Exception {
    String body = """
        {"municipalityCode":"1278","category":"speeding","description":"Fort","lat":56.4275,"lon":12.8492}""";
    for (int i = 0; i < 3; i++) {
      mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content(body)
          .with(r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
          })).andExpect(status().isAccepted());
    }
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content(body)
        .with(r -> {
          r.setRemoteAddr("203.0.113.7");
          return r;
        })).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    mvc.perform(post("/open311/v2/requests.json").param("service_code", "speeding").with(r -> {
      r.setRemoteAddr("203.0.113.7");
      return r;
    })).andExpect(status().isTooManyRequests());
    // Another client is not affected.
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content(body)
        .with(r -> {
          r.setRemoteAddr("203.0.113.8");
          return r;
        })).andExpect(status().isAccepted());
  }
}
