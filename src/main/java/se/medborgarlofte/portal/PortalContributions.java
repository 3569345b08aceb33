package se.medborgarlofte.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.shared.plugin.MenuEntry;

/** The public shell's own navigation: find a kommun, the map, and the door to the workspace. */
@Configuration(proxyBeanMethods = false)
class PortalContributions {

  @Bean
  MenuEntry municipalitiesMenuEntry() {
    return MenuEntry.publicLink(0, "nav.municipalities", "/");
  }

  @Bean
  MenuEntry mapMenuEntry() {
    return MenuEntry.publicLink(50, "nav.map", "/karta");
  }

  @Bean
  MenuEntry workspaceMenuEntry() {
    return MenuEntry.publicLink(1000, "nav.workspace", "/admin");
  }
}
