package se.medborgarlofte.survey;

/**
 * One answer option of an item.
 *
 * @param value the number the statistics use; null marks "don't know", which is left out of every figure
 */
public record ItemOption(String code, String labelSv, String labelEn, Double value) {

  public String label(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelSv;
  }
}
