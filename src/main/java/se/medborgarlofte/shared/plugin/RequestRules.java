package se.medborgarlofte.shared.plugin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for its URLs, declared as a bean. Everything under {@code /api/**} that no module
 * declares is denied, so a public read or an anonymous POST must be said out loud here. Rules decide only who may
 * call; services still check the scope (kommun A never edits kommun B), as {@code PromiseAccess} shows.
 */
public interface RequestRules {

  /** Rules of the stateless API chain ({@code /api/**}): HTTP Basic or a bearer token, no session. */
  default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}

  /**
   * Rules of the site chain (pages and forms, session and CSRF). {@code /admin/**} and {@code /konto/**} need a
   * signed-in member unless a rule here says more; other pages are public.
   */
  default void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}
}
