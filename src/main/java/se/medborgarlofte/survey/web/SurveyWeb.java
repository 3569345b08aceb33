package se.medborgarlofte.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.RequestRules;
import se.medborgarlofte.shared.plugin.Stylesheet;
import se.medborgarlofte.shared.plugin.UploadLimit;
import org.springframework.beans.factory.annotation.Value;

/** What the survey adds to the house: its rules, its menu entries and its stylesheet. */
@Configuration(proxyBeanMethods = false)
class SurveyWeb {

  @Bean
  RequestRules surveyRules() {
    return new RequestRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        // Answering is anonymous (rate-limited per client by the house, see PublicRateLimit); results, templates
        // and trends are public. Everything else needs a signed-in caller, and the services check the scope.
        r.requestMatchers(HttpMethod.POST, "/api/v1/surveys/*/responses").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/v1/surveys/*/results", "/api/v1/survey-templates",
                "/api/v1/survey-templates/*").permitAll()
            .requestMatchers("/api/v1/surveys", "/api/v1/surveys/**", "/api/v1/survey-templates",
                "/api/v1/survey-templates/**", "/api/v1/municipalities/*/survey-results/**",
                "/api/v1/municipalities/*/survey-answer-mappings",
                "/api/v1/municipalities/*/survey-answer-mappings/**").authenticated();
      }

      @Override
      public void site(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(HttpMethod.GET, "/enkater/**", "/kommuner/*/trygghetsmatningar/**").permitAll();
      }
    };
  }

  /**
   * Contractors' answer files run to tens of megabytes (one line per respondent, with weights and ids we drop);
   * the import streams them to disk and reads them as a stream, so they may be larger than a form's upload.
   */
  @Bean
  UploadLimit surveyAnswerUploads(@Value("${medborgarlofte.survey.max-answer-import-megabytes:512}") long megabytes) {
    return new UploadLimit("/api/v1/surveys/*/answers/imports", megabytes);
  }

  @Bean
  UploadLimit surveyAnswerAdminUploads(
      @Value("${medborgarlofte.survey.max-answer-import-megabytes:512}") long megabytes) {
    return new UploadLimit("/admin/enkater/*/svar", megabytes);
  }

  @Bean
  MenuEntry surveyAdminMenu() {
    return MenuEntry.adminLink(20, "survey.admin.menu", "/admin/enkater", "survey.edit");
  }

  @Bean
  Stylesheet surveyStylesheet() {
    return new Stylesheet("/css/survey.css", 20);
  }
}
