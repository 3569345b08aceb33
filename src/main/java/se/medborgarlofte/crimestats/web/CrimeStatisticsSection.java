package se.medborgarlofte.crimestats.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.medborgarlofte.crimestats.Comparison;
import se.medborgarlofte.crimestats.CrimeStatistics;
import se.medborgarlofte.crimestats.CrimeStatisticsSentences;
import se.medborgarlofte.crimestats.FigureView;
import se.medborgarlofte.crimestats.Period;
import se.medborgarlofte.crimestats.Trend;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/**
 * Reported crime on the kommun page: total crime and residential burglary for the latest years as a plain table,
 * and the sentences comparing the latest quarters with the year before. Left out for a kommun with no figures.
 */
@Component
class CrimeStatisticsSection implements PageSection {

  static final String TOTAL = "TOTAL";
  static final String BURGLARY = "RESIDENTIAL_BURGLARY";
  private static final int YEARS = 5;

  /** One year's row: a cell per crime type (null when that type has no figure for the year). */
  record YearRow(String year, FigureView total, FigureView burglary) {}

  /**
   * The kommun's, its county's and the country's total crime per 100 000 in the latest year with a kommun rate, and
   * that of the county's kommuner of a similar size (±25 % population; {@code similarCount} of them).
   */
  record Rates(String year, java.math.BigDecimal kommun, java.math.BigDecimal county, java.math.BigDecimal country,
      java.math.BigDecimal similar, int similarCount, String similarNames) {}

  /** One quarter of the latest year with quarterly figures beside the same quarter a year earlier. */
  record QuarterRow(int year, int quarter, FigureView thisYear, FigureView lastYear) {}

  /** Total crime from the first to the last year of the five-year window, when both are counted. */
  record TrendLine(int fromYear, long fromCount, int toYear, long toCount, java.math.BigDecimal percent) {

    public boolean up() {
      return percent.signum() > 0;
    }

    public java.math.BigDecimal percentAbs() {
      return percent.abs();
    }
  }

  /** A bar of the chart of total reported crime, placed in a 100-high drawing (SVG units). */
  record Bar(String year, long count, int x, int y, int height) {}

  static final int BAR_WIDTH = 40;
  static final int BAR_GAP = 20;
  static final int CHART_HEIGHT = 100;

  /** Total crime per year as bars scaled to the highest year; years without a count get no bar. */
  static List<Bar> bars(List<YearRow> rows) {
    long max = rows.stream().filter(r -> r.total() != null && r.total().count() != null)
        .mapToLong(r -> r.total().count()).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      FigureView total = rows.get(i).total();
      if (total == null || total.count() == null || max == 0) {
        continue;
      }
      int height = (int) Math.round(total.count() * (double) CHART_HEIGHT / max);
      bars.add(new Bar(rows.get(i).year(), total.count(), i * (BAR_WIDTH + BAR_GAP) + BAR_GAP,
          CHART_HEIGHT - height, height));
    }
    return bars;
  }

  private final CrimeStatistics statistics;
  private final CrimeStatisticsSentences sentences;

  CrimeStatisticsSection(CrimeStatistics statistics, CrimeStatisticsSentences sentences) {
    this.statistics = statistics;
    this.sentences = sentences;
  }

  /** Beside the latest year's kommun rate of total crime, the same year's county and country rates, if any. */
  private Optional<Rates> rates(String kommun, List<YearRow> rows) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      FigureView total = rows.get(i).total();
      if (total != null && total.ratePer100k() != null) {
        Comparison c = statistics.compare(kommun, TOTAL, Integer.parseInt(total.period()), null, null);
        if (c.county() == null || (c.county().ratePer100k() == null && c.country().ratePer100k() == null)) {
          return Optional.empty();
        }
        Comparison.Similar similar = c.similar();
        List<Comparison.SimilarArea> counted = similar == null ? List.of()
            : similar.areas().stream().filter(a -> a.ratePer100k() != null).toList();
        return Optional.of(new Rates(total.period(), c.current().ratePer100k(), c.county().ratePer100k(),
            c.country().ratePer100k(), counted.isEmpty() ? null : similar.ratePer100k(), counted.size(),
            String.join(", ", counted.stream().map(Comparison.SimilarArea::name).toList())));
      }
    }
    return Optional.empty();
  }

  /** Quarters of the latest year with quarterly total figures, each beside the same quarter of the year before. */
  private List<QuarterRow> quarters(String kommun) {
    Optional<Period> latest = statistics.latestQuarter(kommun, TOTAL);
    if (latest.isEmpty()) {
      return List.of();
    }
    int year = latest.get().year();
    Map<String, FigureView> byPeriod = new java.util.HashMap<>();
    statistics.figures(kommun, TOTAL, Period.quarter(year - 1, 1), Period.quarter(year, 4)).stream()
        .filter(f -> f.period().contains("Q")).forEach(f -> byPeriod.put(f.period(), f));
    List<QuarterRow> rows = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      FigureView now = byPeriod.get(Period.quarter(year, q).toString());
      FigureView before = byPeriod.get(Period.quarter(year - 1, q).toString());
      if (now != null || before != null) {
        rows.add(new QuarterRow(year, q, now, before));
      }
    }
    return rows;
  }

  private Optional<TrendLine> trend(String kommun) {
    Trend t = statistics.trend(kommun, TOTAL, YEARS);
    if (t.changePercent() == null) {
      return Optional.empty();
    }
    Trend.Year first = t.years().get(0);
    Trend.Year last = t.years().get(t.years().size() - 1);
    return Optional.of(new TrendLine(first.year(), first.count(), last.year(), last.count(), t.changePercent()));
  }

  @Override
  public Page page() {
    return Page.MUNICIPALITY;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String template() {
    return "crimestats/section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    String kommun = context.municipalityCode();
    List<FigureView> figures = statistics.latestYears(kommun, List.of(TOTAL, BURGLARY), YEARS);
    List<String> said = new ArrayList<>();
    sentences.latest(kommun, TOTAL, context.locale()).ifPresent(said::add);
    sentences.latest(kommun, BURGLARY, context.locale()).ifPresent(said::add);
    if (figures.isEmpty() && said.isEmpty()) {
      return Optional.empty();
    }
    Map<String, FigureView[]> byYear = new TreeMap<>();
    for (FigureView f : figures) {
      byYear.computeIfAbsent(f.period(), y -> new FigureView[2])[f.crimeType().equals(TOTAL) ? 0 : 1] = f;
    }
    List<YearRow> rows = byYear.entrySet().stream()
        .map(e -> new YearRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("sentences", said);
    List<Bar> bars = bars(rows);
    model.put("bars", bars);
    model.put("chartWidth", rows.size() * (BAR_WIDTH + BAR_GAP) + BAR_GAP);
    model.put("chartDescription", String.join(", ", bars.stream().map(b -> b.year() + ": " + b.count()).toList()));
    model.put("rates", rates(kommun, rows).orElse(null));
    model.put("quarters", quarters(kommun));
    model.put("trend", trend(kommun).orElse(null));
    model.put("csvUrl", "/kommuner/" + kommun + "/brottsstatistik.csv");
    // Demo figures are invented; a reader must never take them for BRÅ's.
    model.put("example", figures.stream().anyMatch(FigureView::example)
        || (figures.isEmpty() && !said.isEmpty() && statistics.anyExample(kommun)));
    return Optional.of(SectionContent.of(model));
  }
}
