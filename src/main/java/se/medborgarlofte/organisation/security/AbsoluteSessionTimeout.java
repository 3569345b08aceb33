package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that was created longer ago than the absolute timeout (12 h, OWASP ASVS 3.3), however busy it was:
 * the idle timeout alone ({@code spring.session.timeout}) lets a session that is used now and then live for ever.
 * Runs before the security context is read from the session, so the request goes on as anonymous.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

  private final Duration limit;
  private final Clock clock;

  AbsoluteSessionTimeout(Duration limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && clock.millis() - session.getCreationTime() > limit.toMillis()) {
      session.invalidate();
    }
    chain.doFilter(request, response);
  }
}
