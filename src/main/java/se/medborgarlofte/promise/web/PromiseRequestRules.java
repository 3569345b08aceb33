package se.medborgarlofte.promise.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.RequestRules;

/**
 * Published promises are public to read (a signed-in caller also sees the drafts it may read); every change needs a
 * signed-in caller, and {@code PromiseAccess} decides in the service whether it is theirs to make.
 */
@Component
class PromiseRequestRules implements RequestRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/promises", "/api/v1/promises/**").permitAll()
        .requestMatchers("/api/v1/promises", "/api/v1/promises/**").authenticated();
  }
}
