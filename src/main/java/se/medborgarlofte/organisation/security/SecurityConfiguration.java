package se.medborgarlofte.organisation.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.medborgarlofte.organisation.Accounts;
import se.medborgarlofte.organisation.ApiTokens;
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

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return username -> accounts.loadMember(username)
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /**
   * Operators' endpoints: health is public (load balancers ask it), metrics are for admins only, by HTTP Basic or a
   * bearer token as a Prometheus scraper sends them. Nothing else of the actuator is exposed.
   */
  @Bean
  @Order(0)
  SecurityFilterChain management(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
    http.securityMatcher("/actuator/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
            .anyRequest().denyAll());
    headers(http);
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, List<RequestRules> rules)
      throws Exception {
    http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
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
  SecurityFilterChain site(HttpSecurity http, List<RequestRules> rules) throws Exception {
    http.authorizeHttpRequests(a -> {
          rules.forEach(r -> r.site(a));
          a.requestMatchers("/admin/**", "/konto/**").authenticated().anyRequest().permitAll();
        })
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/admin", false)
            .failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"))))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
        .exceptionHandling(e -> e.accessDeniedPage("/403"));
    headers(http);
    return http.build();
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(f -> f.deny())
        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000))
        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
  }

}
