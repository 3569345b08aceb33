package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.organisation.ApiTokens;

/** {@code Authorization: Bearer <token>} with a personal API token; a wrong token is a 401, never anonymous. */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final ProblemResponses problems;

  BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var member = tokens.authenticate(header.substring(7).strip());
      if (member.isEmpty()) {
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "the token is unknown or revoked");
        return;
      }
      var auth = UsernamePasswordAuthenticationToken.authenticated(member.get(), null, member.get().getAuthorities());
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(auth);
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
