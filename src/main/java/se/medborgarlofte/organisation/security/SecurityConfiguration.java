package se.medborgarlofte.organisation.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.medborgarlofte.organisation.ApiTokens;
import se.medborgarlofte.shared.plugin.ContentSource;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.shared.plugin.RequestRules;

/**
 * Two doors. The API ({@code /api/**}) is stateless: HTTP Basic or a personal bearer token on every request, no
 * session and so no CSRF. The site uses form login with a session kept in PostgreSQL, CSRF on every form. Both send
 * the same strict security headers (a CSP without inline script, no framing).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** The CSP with the origins that modules declared ({@link ContentSource}), each in its one directive. */
  private final String csp;

  SecurityConfiguration(org.springframework.beans.factory.ObjectProvider<ContentSource> sources) {
    this.csp = csp(sources.orderedStream().toList());
  }

  static String csp(List<ContentSource> sources) {
    String policy = CSP;
    for (ContentSource source : sources) {
      if (policy.contains(source.directive() + " ")) {
        policy = policy.replaceFirst(source.directive() + " ([^;]*)", source.directive() + " $1 "
            + java.util.regex.Matcher.quoteReplacement(source.origin()));
      } else {
        policy = policy + "; " + source.directive() + " 'self' " + source.origin();
      }
    }
    return policy;
  }

  @Bean
  PasswordEncoder passwordEncoder(
      @org.springframework.beans.factory.annotation.Value("${medborgarlofte.password.bcrypt-strength:10}") int strength) {
    // The standard delegating encoder (it still reads every stored format), with bcrypt's cost configurable so the
    // tests, which sign in hundreds of times, need not pay production's cost each time. The cost is in each hash.
    var encoders = new java.util.HashMap<String, PasswordEncoder>();
    encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(strength));
    var delegating = new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
    delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    return delegating;
  }

  /**
   * No observation (metrics, traces) of each security filter, authentication and authorisation: wrapping every one
   * of the ~15 filters of every request in an observation cost more than the survey's whole answer (profiled in
   * bench/survey). Requests are still measured as a whole (http.server.requests).
   */
  @Bean
  org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
    return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
  }

  @Bean
  UserDetailsService userDetailsService(Users users) {
    return username -> users.loadMember(username)
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /**
   * Operators' endpoints: health is public (load balancers ask it), metrics are for admins only, by HTTP Basic or a
   * bearer token as a Prometheus scraper sends them. Nothing else of the actuator is exposed.
   */
  @Bean
  @Order(0)
  SecurityFilterChain management(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
      LoginThrottle throttle) throws Exception {
    // HTTP Basic here is a password sign-in too, so it gets the same back-off as on the API.
    stateless(http.securityMatcher("/actuator/**"), tokens, problems, throttle)
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
            .anyRequest().denyAll());
    headers(http);
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, List<RequestRules> rules,
      LoginThrottle throttle, Users users) throws Exception {
    stateless(http.securityMatcher("/api/**"), tokens, problems, throttle)
        .addFilterAfter(new OneTimePasswordOnApi(users, problems), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> {
          // Each module declares its own API; what nobody declared is refused.
          rules.forEach(r -> r.api(a));
          a.anyRequest().denyAll();
        });
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain site(HttpSecurity http, List<RequestRules> rules, Users users, LoginThrottle throttle,
      ProblemResponses problems, @Value("${medborgarlofte.session.absolute-timeout:12h}") Duration absoluteTimeout)
      throws Exception {
    http.authorizeHttpRequests(a -> {
          rules.forEach(r -> r.site(a));
          a.requestMatchers("/admin/**", "/konto/**").authenticated().anyRequest().permitAll();
        })
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/admin", false)
            // One answer for a wrong password, a locked or disabled account and an unknown name alike, so the
            // answer tells nobody which user names exist.
            .failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + "/login?error")))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
        .exceptionHandling(e -> e.accessDeniedPage("/403"))
        .addFilterBefore(new AbsoluteSessionTimeout(absoluteTimeout, Clock.systemUTC()),
            SecurityContextHolderFilter.class)
        .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new SessionAccountCheck(users), AnonymousAuthenticationFilter.class);
    headers(http);
    return http.build();
  }

  /**
   * A chain for machines: HTTP Basic (held back by the login throttle) or a bearer token on every request, no
   * session and so no CSRF, and problem+json for 401 and 403.
   */
  private static HttpSecurity stateless(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
      LoginThrottle throttle) throws Exception {
    return http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
            .accessDeniedHandler(problems::forbidden));
  }

  private void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(c -> c.policyDirectives(csp))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(f -> f.deny())
        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000))
        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
  }

}
