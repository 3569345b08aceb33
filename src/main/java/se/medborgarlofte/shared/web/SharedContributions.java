package se.medborgarlofte.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.Stylesheet;

/** The house style every page uses, and the admin's taxonomy page. */
@Configuration(proxyBeanMethods = false)
class SharedContributions {

  @Bean
  Stylesheet siteStylesheet() {
    return new Stylesheet("/css/site.css", 0);
  }

  @Bean
  MenuEntry categoriesMenuEntry() {
    return MenuEntry.adminLink(5, "admin.categories", "/admin/kategorier", "shared.manage");
  }
}
