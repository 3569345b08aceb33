package se.medborgarlofte.reports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.RequestRules;
import se.medborgarlofte.shared.plugin.Stylesheet;

/** What place reports add to the house: their access rules, Open311's own door, a menu link and a stylesheet. */
@Configuration(proxyBeanMethods = false)
class ReportsWeb {

  /** The house's CSP (organisation's SecurityConfiguration), for Open311's own chain. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  RequestRules reportsRules() {
    return new RequestRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        // Moderation and new categories or keys need a signed-in caller; the services decide who (scope, admin).
        r.requestMatchers(HttpMethod.GET, "/api/v1/place-reports/moderation-queue").authenticated()
            .requestMatchers(HttpMethod.POST, "/api/v1/place-reports/*/moderation", "/api/v1/place-reports/*/status",
                "/api/v1/report-categories", "/api/v1/open311-clients", "/api/v1/est-reports",
                "/api/v1/hotspots/*/places").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/est-reports/situation").authenticated()
            // Anyone may report (rate-limited per client by the house), and read what was published.
            .requestMatchers(HttpMethod.POST, "/api/v1/place-reports").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/v1/place-reports", "/api/v1/place-reports.geojson",
                "/api/v1/place-reports/*", "/api/v1/report-categories", "/api/v1/hotspots").permitAll();
      }
    };
  }

  /**
   * Open311 GeoReport v2 is a machine door of its own: stateless, no session and no CSRF token (apps cannot fetch
   * one); a POST carries the app's {@code api_key} instead, checked by the controller. Everything it serves is
   * published, so reads are public.
   */
  @Bean
  @Order(1)
  SecurityFilterChain open311(HttpSecurity http) throws Exception {
    http.securityMatcher("/open311/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(f -> f.deny())
            .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
    return http.build();
  }

  @Bean
  MenuEntry reportsModerationMenu() {
    return MenuEntry.adminLink(60, "reports.menu.moderation", "/admin/rapporter", "reports.moderate");
  }

  @Bean
  MenuEntry estReportMenu() {
    return MenuEntry.adminLink(61, "reports.menu.est", "/admin/est", "reports.est-report");
  }

  @Bean
  MenuEntry estSituationMenu() {
    return MenuEntry.adminLink(62, "reports.menu.estSituation", "/admin/est/lagesbild", "reports.read");
  }

  @Bean
  MenuEntry reportCategoriesMenu() {
    return MenuEntry.adminLink(63, "reports.menu.categories", "/admin/rapportkategorier", "reports.manage");
  }

  @Bean
  MenuEntry open311KeysMenu() {
    return MenuEntry.adminLink(64, "reports.menu.open311", "/admin/open311-nycklar", "reports.manage");
  }

  /** The kommun's hotspots, to save as places: for the same people as the EST view. */
  @Bean
  MenuEntry hotspotsMenu() {
    return MenuEntry.adminLink(65, "reports.menu.hotspots", "/admin/hotspots", "reports.read");
  }

  /** With a tile server configured, its one origin joins the site CSP's img-src; unset, the CSP stays as it is. */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression(
      "!'${medborgarlofte.map.tiles-url:}'.isBlank()")
  se.medborgarlofte.shared.plugin.ContentSource mapTilesSource(MapTiles tiles) {
    return new se.medborgarlofte.shared.plugin.ContentSource("img-src", MapTiles.origin(tiles.url()));
  }

  @Bean
  Stylesheet reportsStylesheet() {
    return new Stylesheet("/css/reports.css", 60);
  }
}
