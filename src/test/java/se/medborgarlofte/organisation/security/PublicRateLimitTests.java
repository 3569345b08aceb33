package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTests {

  static MockHttpServletResponse send(PublicRateLimit limit, String method, String ip) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/rapporter");
    request.setRemoteAddr(ip);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void anonymousPostsBeyondTheLimitGet429WithRetryAfter() throws Exception {
    PublicRateLimit limit = new PublicRateLimit(2);
    assertThat(send(limit, "POST", "10.0.0.1").getStatus()).isEqualTo(200);
    assertThat(send(limit, "POST", "10.0.0.1").getStatus()).isEqualTo(200);
    MockHttpServletResponse third = send(limit, "POST", "10.0.0.1");
    assertThat(third.getStatus()).isEqualTo(429);
    assertThat(third.getHeader("Retry-After")).isNotBlank();
    assertThat(send(limit, "POST", "10.0.0.2").getStatus()).as("another client").isEqualTo(200);
    assertThat(send(limit, "GET", "10.0.0.1").getStatus()).as("reads are never limited").isEqualTo(200);
  }

  @Test
  void zeroTurnsTheLimitOff() throws Exception {
    PublicRateLimit limit = new PublicRateLimit(0);
    for (int i = 0; i < 100; i++) {
      assertThat(send(limit, "POST", "10.0.0.1").getStatus()).isEqualTo(200);
    }
  }
}
