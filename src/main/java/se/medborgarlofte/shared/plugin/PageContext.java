package se.medborgarlofte.shared.plugin;

import java.util.Locale;

/**
 * What a composed page is about.
 *
 * @param subject the kommun code on the kommun page, the promise id on the promise page
 * @param municipalityCode the kommun the page belongs to (on the kommun page, the subject itself)
 * @param locale the reader's language
 */
public record PageContext(String subject, String municipalityCode, Locale locale) {

  public static PageContext municipality(String code, Locale locale) {
    return new PageContext(code, code, locale);
  }
}
