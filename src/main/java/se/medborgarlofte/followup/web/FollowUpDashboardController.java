package se.medborgarlofte.followup.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.RequestRules;

/**
 * The signed-in member's dashboard of follow-ups due and overdue across its organisations: the place reminders wait
 * when no mail server is configured.
 */
@Controller
class FollowUpDashboardController {

  static final String PAGE = "/admin/uppfoljning";

  private final FollowUps followUps;

  FollowUpDashboardController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @GetMapping(PAGE)
  String dashboard(Model model) {
    model.addAttribute("lines", followUps.dashboard(CurrentMember.require()));
    return "followup/dashboard";
  }

  /** The menu link (every member may look at its own follow-ups) and the page's rule: signed in. */
  @Configuration(proxyBeanMethods = false)
  static class Web {

    @Bean
    MenuEntry followUpDashboardMenuEntry() {
      return MenuEntry.adminLink(30, "followup.dashboard.menu", PAGE, "followup.read");
    }

    @Bean
    RequestRules followUpRules() {
      return new RequestRules() {
        @Override
        public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
          r.requestMatchers(PAGE, PAGE + "/**").authenticated();
        }
      };
    }
  }
}
