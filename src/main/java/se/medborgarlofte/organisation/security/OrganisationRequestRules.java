package se.medborgarlofte.organisation.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.RequestRules;

/** Organisation's URLs: the reference data is public to read; LPOs and users are run by admins. */
@Component
class OrganisationRequestRules implements RequestRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/municipalities", "/api/v1/municipalities/**",
            "/api/v1/local-police-areas", "/api/v1/local-police-areas/**", "/api/v1/populations",
            "/api/v1/populations/years").permitAll()
        .requestMatchers(HttpMethod.POST, "/api/v1/populations").hasRole("ADMIN")
        .requestMatchers("/api/v1/local-police-areas", "/api/v1/local-police-areas/**").hasRole("ADMIN")
        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
        // Any signed-in caller; Places checks that the caller edits for the kommun.
        .requestMatchers(HttpMethod.POST, "/api/v1/municipalities/*/places").authenticated()
        .requestMatchers(HttpMethod.DELETE, "/api/v1/places/*").authenticated();
  }

  @Override
  public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/admin/anvandare/**", "/admin/lokalpolisomraden/**").hasRole("ADMIN");
  }
}
