package se.medborgarlofte.shared.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.RequestRules;

/** The problem taxonomy is public to read; admins extend it. */
@Component
class SharedRequestRules implements RequestRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/problem-categories", "/api/v1/problem-categories/**").permitAll()
        .requestMatchers(HttpMethod.POST, "/api/v1/problem-categories").hasRole("ADMIN");
  }

  @Override
  public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/admin/kategorier/**", "/admin/kategorier").hasRole("ADMIN");
  }
}
