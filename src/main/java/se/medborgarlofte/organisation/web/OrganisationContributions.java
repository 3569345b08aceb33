package se.medborgarlofte.organisation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.shared.plugin.MenuEntry;

/** Organisation's workspace pages: users and LPOs for admins, one's own account for everyone. */
@Configuration(proxyBeanMethods = false)
class OrganisationContributions {

  static final String MANAGE = "organisation.manage";

  @Bean
  MenuEntry usersMenuEntry() {
    return MenuEntry.adminLink(2, "admin.users", "/admin/anvandare", MANAGE);
  }

  @Bean
  MenuEntry lposMenuEntry() {
    return MenuEntry.adminLink(3, "admin.lpos", "/admin/lokalpolisomraden", MANAGE);
  }

  @Bean
  MenuEntry accountMenuEntry() {
    return MenuEntry.adminLink(900, "admin.account", "/konto", null);
  }
}
