package se.medborgarlofte.dialogue.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.RequestRules;

/** Dialogues' access rules: staff write (the service checks the scope), anyone reads and joins online dialogues. */
@Configuration(proxyBeanMethods = false)
class DialogueWeb {

  @Bean
  RequestRules dialogueRules() {
    return new RequestRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(HttpMethod.POST, "/api/v1/dialogues/*/submissions").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/dialogues", "/api/v1/dialogues/*/entries",
                "/api/v1/dialogue-entries/*/moderation").authenticated()
            .requestMatchers(HttpMethod.PUT, "/api/v1/dialogues/*/summary").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/dialogues", "/api/v1/dialogues/*").permitAll();
      }
    };
  }

  @Bean
  MenuEntry dialogueAdminMenu() {
    return MenuEntry.adminLink(50, "dialogue.menu.admin", "/admin/dialoger", "dialogue.edit");
  }
}
