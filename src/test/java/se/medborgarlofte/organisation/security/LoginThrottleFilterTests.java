package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Which requests the filter holds back; the counting itself is in LoginThrottleTests. */
class LoginThrottleFilterTests {

  final LoginThrottleTests.HandClock clock = new LoginThrottleTests.HandClock();
  final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottle.Limits(3, 5, Duration.ofSeconds(30), Duration.ofMinutes(15)), clock);
  final LoginThrottleFilter filter = new LoginThrottleFilter(throttle, new ProblemResponses(JsonMapper.builder().build()));

  @BeforeEach
  void aClientThatTriedSixNames() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("10.1.1.1", "name-" + i);
    }
  }

  MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);
    if (chain.getRequest() != null) {
      response.setStatus(299); // reached the password check
    }
    return response;
  }

  MockHttpServletRequest formLogin(String client, String username) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    request.setRemoteAddr(client);
    request.setParameter("username", username);
    request.setParameter("password", "whatever");
    return request;
  }

  MockHttpServletRequest api(String client, String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/problem-categories");
    request.setRemoteAddr(client);
    request.addHeader("Authorization", authorization);
    return request;
  }

  static String basic(String username) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":pw").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFormSignInFromAClientInBackOffGetsTheUsualFailureWithoutAPasswordCheck() throws Exception {
    MockHttpServletResponse held = send(formLogin("10.1.1.1", "fresh-name"));
    assertThat(held.getStatus()).isEqualTo(302);
    assertThat(held.getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(send(formLogin("10.1.1.2", "fresh-name")).getStatus()).as("another client").isEqualTo(299);
  }

  @Test
  void httpBasicFromAClientInBackOffGets429WithRetryAfter() throws Exception {
    MockHttpServletResponse held = send(api("10.1.1.1", basic("fresh-name")));
    assertThat(held.getStatus()).isEqualTo(429);
    assertThat(held.getHeader("Retry-After")).isEqualTo("30");
    assertThat(held.getContentType()).startsWith("application/problem+json");
  }

  @Test
  void bearerTokensAndOtherRequestsAreNotHeldBack() throws Exception {
    assertThat(send(api("10.1.1.1", "Bearer mlt_x")).getStatus()).isEqualTo(299);
    MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
    page.setRemoteAddr("10.1.1.1");
    assertThat(send(page).getStatus()).isEqualTo(299);
  }

  @Test
  void readsTheNameFromABasicHeader() {
    assertThat(LoginThrottleFilter.basicUsername(basic("anna"))).isEqualTo("anna");
    assertThat(LoginThrottleFilter.basicUsername("Basic !!!")).isNull();
    assertThat(LoginThrottleFilter.basicUsername("Bearer x")).isNull();
    assertThat(LoginThrottleFilter.basicUsername(null)).isNull();
  }
}
