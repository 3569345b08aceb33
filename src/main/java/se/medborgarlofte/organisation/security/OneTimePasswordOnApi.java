package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.organisation.Users.Standing;

/**
 * HTTP Basic with a password that must still be changed (the first admin's logged one-time password) is refused,
 * or the API would be a way round the change that the site forces at {@code /konto}. Only Basic calls pay the extra
 * query; a bearer token can only have been issued at {@code /konto}.
 */
class OneTimePasswordOnApi extends OncePerRequestFilter {

  private final Users users;
  private final ProblemResponses problems;

  OneTimePasswordOnApi(Users users, ProblemResponses problems) {
    this.users = users;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (LoginThrottleFilter.basicUsername(request.getHeader("Authorization")) != null && auth != null
        && auth.getPrincipal() instanceof Member member
        && users.standing(member.id()).map(Standing::mustChangePassword).orElse(false)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "change your one-time password at /konto first");
      return;
    }
    chain.doFilter(request, response);
  }
}
