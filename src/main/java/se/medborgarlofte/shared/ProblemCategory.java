package se.medborgarlofte.shared;

import java.util.Locale;

/**
 * One entry of the problem taxonomy, the spine that links survey items, crime types, dialogue notes, place reports
 * and commitments. Codes never change once published, because open data and other modules refer to them.
 */
public record ProblemCategory(String code, String labelSv, String labelEn) {

  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelSv;
  }
}
