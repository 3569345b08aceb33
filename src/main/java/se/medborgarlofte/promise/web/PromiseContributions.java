package se.medborgarlofte.promise.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.Stylesheet;

/** Where promises show in the house: both menus and the document stylesheet. */
@Configuration(proxyBeanMethods = false)
class PromiseContributions {

  @Bean
  MenuEntry promisesMenuEntry() {
    return MenuEntry.publicLink(10, "nav.promises", "/loften");
  }

  @Bean
  MenuEntry promisesAdminMenuEntry() {
    return MenuEntry.adminLink(10, "nav.promises", "/admin/loften", null);
  }

  @Bean
  Stylesheet promiseStylesheet() {
    return new Stylesheet("/css/promise.css", 10);
  }
}
