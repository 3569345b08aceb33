package se.medborgarlofte.crimestats.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import se.medborgarlofte.shared.plugin.RequestRules;

/** What crimestats adds to the house's security: public reads, and imports for signed-in callers. */
@Configuration(proxyBeanMethods = false)
class CrimeStatisticsWeb {

  @Bean
  RequestRules crimeStatisticsRules() {
    return new RequestRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        // Imports, their history and new crime types: the services decide who (admins import and add types;
        // admins and analysts read imports).
        r.requestMatchers(HttpMethod.POST, "/api/v1/crime-statistics/imports", "/api/v1/crime-types").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/crime-statistics/imports/*").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/crime-statistics", "/api/v1/crime-statistics/comparison",
                "/api/v1/crime-statistics/trend",
                "/api/v1/crime-types").permitAll();
      }

      @Override
      public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        // A kommun's figures as a CSV download: as public as the kommun page that links to it.
        r.requestMatchers(HttpMethod.GET, "/kommuner/*/brottsstatistik.csv").permitAll();
      }
    };
  }
}
