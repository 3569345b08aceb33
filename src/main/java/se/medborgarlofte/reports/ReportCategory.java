package se.medborgarlofte.reports;

import java.util.Locale;

/**
 * What a citizen can report (speeding, poor lighting …), mapped onto one code of the problem taxonomy so reports
 * count as evidence beside surveys and crime figures. The code is also the Open311 {@code service_code}.
 */
public record ReportCategory(String code, String nameSv, String nameEn, String problemCategory) {

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
  }
}
