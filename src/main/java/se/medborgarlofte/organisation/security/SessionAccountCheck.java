package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.organisation.Users.Standing;

/**
 * A session remembers the member as they were at sign-in; the account may have changed since. On every signed-in
 * request this reloads the account (one query) and
 * <ul>
 *   <li>ends the session when the account is gone, disabled or locked, or its password was changed or reset since
 *   (someone else may hold the old one);</li>
 *   <li>takes up granted or revoked memberships at once;</li>
 *   <li>sends a member whose password was a logged one-time password to {@code /konto} until it is changed.</li>
 * </ul>
 * Re-checking, rather than deleting sessions when an admin acts, also covers changes made straight in the database
 * and a lock set by someone else's guesses, and needs no session index.
 */
class SessionAccountCheck extends OncePerRequestFilter {

  /** What a member with a one-time password may still do: change it, or leave. */
  private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of("/konto", "/konto/losenord", "/logout",
      "/error", "/403");

  private final Users users;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  SessionAccountCheck(Users users) {
    this.users = users;
  }

  /** Stylesheets, scripts and images are the same for everyone: no account query for them. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/images/")
        || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof Member held)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Standing> now = users.standing(held.id());
    if (now.isEmpty() || !stillValid(held, now.get().member())) {
      endSession(request);
      chain.doFilter(request, response);
      return;
    }
    Member current = now.get().member();
    if (!current.memberships().equals(held.memberships()) || !current.displayName().equals(held.displayName())) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null,
          current.getAuthorities()));
      SecurityContextHolder.setContext(context);
      sessions.saveContext(context, request, response);
    }
    if (now.get().mustChangePassword() && !mayWhilePasswordMustChange(request)) {
      response.sendRedirect(request.getContextPath() + "/konto");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean stillValid(Member held, Member current) {
    return current.isEnabled() && current.isAccountNonLocked()
        && Objects.equals(held.getPassword(), current.getPassword());
  }

  private static void endSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
  }

  private static boolean mayWhilePasswordMustChange(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return WHILE_PASSWORD_MUST_CHANGE.contains(path) || path.startsWith("/css/") || path.startsWith("/webjars/");
  }
}
