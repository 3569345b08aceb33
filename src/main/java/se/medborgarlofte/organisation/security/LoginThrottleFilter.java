package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a password attempt (form login or HTTP Basic) that comes before its back-off has passed, before the
 * password is checked: so a guess costs no password hash and no lock-out count. The outcome of attempts that do pass
 * is counted by {@link LoginAttempts}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final ProblemResponses problems;

  LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean form = "POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login");
    String basicUser = form ? null : basicUsername(request.getHeader("Authorization"));
    if (!form && basicUser == null) {
      chain.doFilter(request, response);
      return;
    }
    String username = form ? request.getParameter("username") : basicUser;
    Duration wait = throttle.waitFor(request.getRemoteAddr(), username);
    if (wait.isZero()) {
      chain.doFilter(request, response);
    } else if (form) {
      // The same answer as a wrong password: the form shows one message for every failure.
      response.sendRedirect(request.getContextPath() + "/login?error");
    } else {
      response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
      problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins; wait and retry");
    }
  }

  /** The user name of an HTTP Basic header; null when there is none or it cannot be read (Spring rejects it). */
  static String basicUsername(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
