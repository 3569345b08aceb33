package se.medborgarlofte.survey.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.medborgarlofte.survey.Indicator;
import se.medborgarlofte.survey.ItemGroup;
import se.medborgarlofte.survey.RoundResults;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.TemplateItem;

/**
 * Turns kept figures into the rows the results page, the kommun section and the CSV show: numbers formatted for the
 * reader's language, problems ranked by their top-box share, suppressed cells last and marked, and bars for the SVG
 * chart with their 95 % interval as a whisker.
 */
final class ResultRows {

  /** Width of a 100 % bar in the chart, in SVG units. */
  static final int BAR_SCALE = 300;
  static final int BAR_HEIGHT = 18;
  static final int BAR_GAP = 8;

  /**
   * One item in one area, ready to print. Percentages are of the top-box share; {@code change} is in percentage
   * points against the previous round. A suppressed row has only its text.
   */
  record Row(String itemCode, String text, ItemGroup group, boolean suppressed, String n, String share,
      String shareCi, String mean, String meanCi, String change, String pValue, boolean significant,
      Double shareValue, int barWidth, int ciLow, int ciHigh, int y) {}

  private ResultRows() {}

  /** Every item of a group in an area; for PROBLEM ranked by share, highest first, suppressed last. */
  static List<Row> of(SurveyTemplate template, RoundResults.AreaResults area, ItemGroup group, Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (TemplateItem item : template.items()) {
      if (item.group() != group) {
        continue;
      }
      area.item(item.code()).ifPresent(i -> rows.add(row(item, i, locale, 0)));
    }
    if (group == ItemGroup.PROBLEM) {
      rows.sort(Comparator.comparing((Row r) -> r.suppressed())
          .thenComparing(r -> r.shareValue() == null ? -1 : -r.shareValue()));
    }
    List<Row> placed = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      Row r = rows.get(k);
      placed.add(new Row(r.itemCode(), r.text(), r.group(), r.suppressed(), r.n(), r.share(), r.shareCi(), r.mean(),
          r.meanCi(), r.change(), r.pValue(), r.significant(), r.shareValue(), r.barWidth(), r.ciLow(), r.ciHigh(),
          k * (BAR_HEIGHT + BAR_GAP)));
    }
    return placed;
  }

  static Row row(TemplateItem item, Indicator i, Locale locale, int y) {
    String text = item.text(locale);
    if (i.suppressed()) {
      return new Row(item.code(), text, item.group(), true, null, null, null, null, null, null, null, false, null, 0,
          0, 0, y);
    }
    String share = i.topBoxShare() == null ? null : percent(i.topBoxShare(), locale);
    String shareCi = i.topBoxShare() == null ? null
        : percent(i.topBoxCiLow(), locale) + "–" + percent(i.topBoxCiHigh(), locale);
    String mean = i.mean() == null ? null : decimal(i.mean(), 2, locale);
    String meanCi = i.mean() == null ? null
        : decimal(i.meanCiLow(), 2, locale) + "–" + decimal(i.meanCiHigh(), 2, locale);
    String change = null;
    String p = null;
    boolean significant = false;
    if (i.change() != null) {
      double points = i.change().difference() * 100;
      change = (points > 0 ? "+" : points < 0 ? "−" : "±") + decimal(Math.abs(points), 1, locale);
      p = decimal(i.change().pValue(), 3, locale);
      significant = i.change().significant();
    }
    Double v = i.topBoxShare();
    return new Row(item.code(), text, item.group(), false, String.valueOf(i.n()), share, shareCi, mean, meanCi,
        change, p, significant, v, v == null ? 0 : (int) Math.round(v * BAR_SCALE),
        v == null ? 0 : (int) Math.round(i.topBoxCiLow() * BAR_SCALE),
        v == null ? 0 : (int) Math.round(i.topBoxCiHigh() * BAR_SCALE), y);
  }

  /** The chart's description: every bar's figure, for those who cannot see it (the table beside has them too). */
  static String describe(List<Row> rows, String tooFew) {
    List<String> parts = new ArrayList<>();
    for (Row r : rows) {
      parts.add(r.text() + ": " + (r.suppressed() ? tooFew : r.share() == null ? "–" : r.share() + " %"));
    }
    return String.join("; ", parts);
  }

  static String percent(double share, Locale locale) {
    return decimal(share * 100, 1, locale);
  }

  static String decimal(double value, int digits, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK
        : Locale.forLanguageTag("sv-SE"));
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setGroupingUsed(false);
    // Swedish formatting writes a real minus sign (U+2212); a spreadsheet reading the CSV wants '-'.
    return f.format(value).replace('\u2212', '-');
  }
}
