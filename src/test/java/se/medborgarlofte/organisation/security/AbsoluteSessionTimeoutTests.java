package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutTests {

  static boolean survives(Duration age) throws Exception {
    MockHttpSession session = new MockHttpSession();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
    request.setSession(session);
    Clock later = Clock.offset(Clock.systemUTC(), age);
    MockFilterChain chain = new MockFilterChain();
    new AbsoluteSessionTimeout(Duration.ofHours(12), later).doFilter(request, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).as("the request goes on either way").isNotNull();
    return !session.isInvalid();
  }

  @Test
  void aSessionEndsTwelveHoursAfterItBeganHoweverBusy() throws Exception {
    assertThat(survives(Duration.ofHours(11).plusMinutes(59))).isTrue();
    assertThat(survives(Duration.ofHours(12).plusMinutes(1))).isFalse();
  }
}
