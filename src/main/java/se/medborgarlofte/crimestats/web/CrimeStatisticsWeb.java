package se.medborgarlofte.crimestats.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import se.medborgarlofte.crimestats.CrimeStatisticsImport;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.RequestRules;
import se.medborgarlofte.shared.plugin.UploadLimit;

/** What crimestats adds to the house's security: public reads, and imports for signed-in callers. */
@Configuration(proxyBeanMethods = false)
class CrimeStatisticsWeb {

  @Bean
  MenuEntry crimeStatisticsAdminMenuEntry() {
    return MenuEntry.adminLink(40, "crimestats.admin.menu", CrimeStatisticsAdminController.PAGE,
        CrimeStatisticsImport.IMPORT.name());
  }

  /**
   * National files are large (a year of monthly figures for every kommun and type is some 5 MB); imports stream them
   * to disk and through COPY, so they may be far larger than a form's upload.
   */
  @Bean
  UploadLimit crimeStatisticsUploads(
      @org.springframework.beans.factory.annotation.Value("${medborgarlofte.crimestats.max-import-megabytes:512}")
      long megabytes) {
    return new UploadLimit("/api/v1/crime-statistics/imports", megabytes);
  }

  @Bean
  UploadLimit crimeStatisticsAdminUploads(
      @org.springframework.beans.factory.annotation.Value("${medborgarlofte.crimestats.max-import-megabytes:512}")
      long megabytes) {
    return new UploadLimit(CrimeStatisticsAdminController.PAGE + "/import", megabytes);
  }

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
        r.requestMatchers(HttpMethod.GET, "/kommuner/*/brottsstatistik.csv").permitAll()
            .requestMatchers("/admin/brottsstatistik", "/admin/brottsstatistik/**").hasRole("ADMIN");
      }
    };
  }
}
