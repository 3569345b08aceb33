package se.medborgarlofte.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.shared.plugin.RequestRules;

/** The caller's due and overdue follow-ups across its organisations: the dashboard, for API clients. */
@RestController
@Tag(name = "Follow-up")
class FollowUpDueApiController {

  static final String PATH = "/api/v1/follow-ups/due";

  private final FollowUps followUps;

  FollowUpDueApiController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @GetMapping(PATH)
  @Operation(summary = "The follow-ups due (within the reminder window) or overdue of the promises the caller is a "
      + "party to, the most overdue first")
  List<FollowUps.Pending> due() {
    return followUps.dashboard(CurrentMember.require());
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class Rules {

    @Bean
    RequestRules followUpDueRules() {
      return new RequestRules() {
        @Override
        public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
          r.requestMatchers(org.springframework.http.HttpMethod.GET, PATH).authenticated();
        }
      };
    }
  }
}
