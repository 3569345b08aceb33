package se.medborgarlofte.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.shared.plugin.MenuEntry;

/** The workspace shell's own entries: the start page, the audit log and the way back to the public site. */
@Configuration(proxyBeanMethods = false)
class AdminContributions {

  @Bean
  MenuEntry homeMenuEntry() {
    return MenuEntry.adminLink(0, "admin.home", "/admin", null);
  }

  @Bean
  MenuEntry auditMenuEntry() {
    return MenuEntry.adminLink(8, "admin.audit", "/admin/granskning", "admin.audit");
  }

  @Bean
  MenuEntry publicSiteMenuEntry() {
    return MenuEntry.adminLink(1000, "admin.publicSite", "/", null);
  }
}
