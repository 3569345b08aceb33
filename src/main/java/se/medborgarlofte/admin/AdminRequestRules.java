package se.medborgarlofte.admin;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.RequestRules;

/** The audit log is for admins. */
@Component
class AdminRequestRules implements RequestRules {

  @Override
  public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/admin/granskning", "/admin/granskning/**").hasRole("ADMIN");
  }
}
