package se.medborgarlofte.example.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import se.medborgarlofte.example.Tips;
import se.medborgarlofte.shared.plugin.FeedLink;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.RequestRules;
import se.medborgarlofte.shared.plugin.SectionContent;
import se.medborgarlofte.shared.plugin.Stylesheet;

/** Everything the example module contributes to the house, each a bean of the plug-in contract. */
@Configuration(proxyBeanMethods = false)
class ExampleWeb {

  @Bean
  MenuEntry exampleMenuEntry() {
    return MenuEntry.publicLink(90, "example.menu", "/exempel");
  }

  @Bean
  MenuEntry exampleAdminMenuEntry() {
    return MenuEntry.adminLink(90, "example.adminMenu", "/exempel", "example.manage");
  }

  @Bean
  Stylesheet exampleStylesheet() {
    return new Stylesheet("/css/example.css", 90);
  }

  @Bean
  RequestRules exampleRules() {
    return new RequestRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(HttpMethod.GET, "/api/v1/example/municipalities/*/tips").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/example/municipalities/*/tips").authenticated();
      }
    };
  }

  /** The tips on the kommun page, with a feed link in the head. */
  @Bean
  PageSection municipalityTips(Tips tips) {
    return new TipsSection(tips, PageSection.Page.MUNICIPALITY);
  }

  /** The same tips under a promise of the kommun; left out when there are none. */
  @Bean
  PageSection promiseTips(Tips tips) {
    return new TipsSection(tips, PageSection.Page.PROMISE);
  }

  record TipsSection(Tips tips, Page page) implements PageSection {

    @Override
    public int order() {
      return 90;
    }

    @Override
    public String template() {
      return "example/section";
    }

    @Override
    public Optional<SectionContent> content(PageContext context) {
      var list = tips.in(context.municipalityCode());
      if (page == Page.MUNICIPALITY) {
        return Optional.of(new SectionContent(Map.of("tips", list),
            List.of(new FeedLink("/exempel.atom", "example.feed"))));
      }
      return list.isEmpty() ? Optional.empty() : Optional.of(SectionContent.of(Map.of("tips", list)));
    }
  }
}
