package se.medborgarlofte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English on request: {@code ?lang=en} switches and a cookie remembers it; without either, an
 * {@code Accept-Language} that prefers English gets English. A cookie rather than the session, so public pages stay
 * session-free and cacheable. Only sv and en exist: any other value (a cookie {@code lang=xqc}, {@code ?lang=de}) is
 * Swedish, so it can neither add a copy of every page to the caches nor reach a text that has no translation.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  static final Locale ENGLISH = Locale.ENGLISH;

  /** sv or en, whatever was asked for. */
  static Locale supported(Locale asked) {
    return asked != null && "en".equals(asked.getLanguage()) ? ENGLISH : SWEDISH;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("lang") {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
      }

      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
      }
    };
    resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    // A cookie we never wrote ("lang=<script>") is the client's problem, not a 500: ignore it and fall back to
    // Accept-Language, like any unknown language.
    resolver.setRejectInvalidCookies(false);
    return resolver;
  }

  private static Locale fromAcceptLanguage(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return SWEDISH;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String language = range.getRange().split("-")[0];
        if (language.equals("sv") || language.equals("en")) {
          return supported(Locale.forLanguageTag(language));
        }
      }
    } catch (IllegalArgumentException malformed) {
      // a broken header is no reason to fail the page
    }
    return SWEDISH;
  }

  /** Every bundle any module ships (see {@link MessageBundles}), not a hand-kept list. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(MessageBundles.discover().toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
