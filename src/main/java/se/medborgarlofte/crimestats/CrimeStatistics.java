package se.medborgarlofte.crimestats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Populations;
import se.medborgarlofte.shared.InvalidInputException;

/** The read side: figures, imports and comparisons, answered in SQL over the current figures. */
@Service
public class CrimeStatistics {

  private static final String FIGURE = """
      select f.area_code, f.period_kind, f.period_year, f.period_number, f.crime_type, f.status, f.count,
             f.rate_per_100k, f.population_used, f.population_date, i.example
      from crimestats_current_figure f join crimestats_import i on i.id = f.import_id
      """;

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final Populations populations;

  private final tools.jackson.databind.json.JsonMapper json;

  CrimeStatistics(JdbcClient jdbc, Municipalities municipalities, Populations populations,
      tools.jackson.databind.json.JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.municipalities = municipalities;
    this.populations = populations;
  }

  /** An area's figures, of one type or all, for periods lying within from..to (either open). */
  public List<FigureView> figures(String area, String crimeType, Period from, Period to) {
    return jdbc.sql(FIGURE + """
         where f.area_code = :area and (cast(:type as text) is null or f.crime_type = :type)
           and (cast(:from as date) is null or f.period_start >= cast(:from as date))
           and (cast(:to as date) is null or f.period_end <= cast(:to as date))
         order by f.crime_type, f.period_start, f.period_kind desc""")
        .param("area", area).param("type", crimeType)
        .param("from", from == null ? null : from.start()).param("to", to == null ? null : to.end())
        .query((rs, n) -> new FigureView(rs.getString("area_code"), new Period(
            Period.Kind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"), rs.getInt("period_number"))
            .toString(), rs.getString("crime_type"), FigureStatus.valueOf(rs.getString("status")),
            rs.getObject("count", Long.class), rs.getBigDecimal("rate_per_100k"),
            rs.getObject("population_used", Integer.class), rs.getObject("population_date", java.time.LocalDate.class),
            rs.getBoolean("example")))
        .list();
  }

  private static final String IMPORT = """
      select id, status, imported_by, imported_at, file_name, sha256, rows, preliminary_rows, final_rows,
             duplicate_of, example, bytes, finished_at, errors, error_count, failure
      from crimestats_import
      """;

  public Optional<ImportView> importById(long id) {
    return jdbc.sql(IMPORT + " where id = ?").param(id).query(this::importView).optional();
  }

  /** The latest imports, newest first: the admin page's history. */
  public List<ImportView> latestImports(int limit) {
    return jdbc.sql(IMPORT + " order by id desc limit ?").param(limit).query(this::importView).list();
  }

  private ImportView importView(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String errors = rs.getString("errors");
    return new ImportView(rs.getLong("id"), rs.getString("status"), rs.getString("imported_by"),
        rs.getObject("imported_at", java.time.OffsetDateTime.class), rs.getString("file_name"),
        rs.getString("sha256"), rs.getLong("rows"), rs.getLong("preliminary_rows"), rs.getLong("final_rows"),
        rs.getObject("duplicate_of") != null, rs.getObject("duplicate_of", Long.class), rs.getBoolean("example"),
        rs.getObject("bytes", Long.class), rs.getObject("finished_at", java.time.OffsetDateTime.class), null,
        errors == null ? null : List.of(json.readValue(errors, RowProblem[].class)),
        rs.getObject("error_count", Integer.class), rs.getString("failure"));
  }

  /**
   * Quarters 1..throughQuarter (or months 1..throughMonth, or the whole year when both are null) of {@code year},
   * against the same periods of the year before.
   */
  public Comparison compare(String area, String crimeType, int year, Integer throughQuarter, Integer throughMonth) {
    return compare(area, crimeType, year, throughQuarter, throughMonth, List.of());
  }

  /**
   * As {@link #compare(String, String, int, Integer, Integer)}, with the kommuner to set beside a kommun: the given
   * ones (at most {@value #MAX_CHOSEN}), or, when none are given, those of its county with a population within ±25 %.
   */
  public Comparison compare(String area, String crimeType, int year, Integer throughQuarter, Integer throughMonth,
      List<String> similarTo) {
    if (similarTo.size() > MAX_CHOSEN) {
      throw InvalidInputException.of("similarTo", "at most " + MAX_CHOSEN + " kommuner");
    }
    for (String code : similarTo) {
      if (!municipalities.exists(code)) {
        throw InvalidInputException.of("similarTo", "\"" + code + "\" is not a kommun code");
      }
    }
    if (throughQuarter != null && throughMonth != null) {
      throw InvalidInputException.of("throughMonth", "give throughQuarter or throughMonth, not both");
    }
    if (throughQuarter != null && (throughQuarter < 1 || throughQuarter > 4)) {
      throw InvalidInputException.of("throughQuarter", "must be 1–4");
    }
    if (throughMonth != null && (throughMonth < 1 || throughMonth > 12)) {
      throw InvalidInputException.of("throughMonth", "must be 1–12");
    }
    if (year <= Period.FIRST_YEAR || year > Period.LAST_YEAR) {
      throw InvalidInputException.of("year", "must be a year between 1951 and 2100");
    }
    Period.Kind kind = throughQuarter != null ? Period.Kind.Q : throughMonth != null ? Period.Kind.M : Period.Kind.Y;
    int through = throughQuarter != null ? throughQuarter : throughMonth != null ? throughMonth : 0;
    boolean[] preliminary = {false};
    Comparison.Side current = side(area, crimeType, kind, year, through, preliminary);
    Comparison.Side previous = side(area, crimeType, kind, year - 1, through, preliminary);
    Comparison comparison = Comparison.of(current, previous, preliminary[0]);
    if (area.length() != 4 || (current.count() == null && current.ratePer100k() == null)) {
      return comparison;
    }
    Populations.Table table = populations.table();
    String county = table.countyOf(area).orElse(null);
    if (county == null) {
      return comparison;
    }
    KommunTotals totals = KommunTotals.read(jdbc, crimeType, kind, year, through);
    return comparison.withWiderAreas(
        new Comparison.AreaRate(county, widerRate(county, table, totals, crimeType, kind, year, through)),
        new Comparison.AreaRate(AreaPopulations.COUNTRY, widerRate(AreaPopulations.COUNTRY, table, totals,
            crimeType, kind, year, through)))
        .withSimilar(similar(area, county, table, totals, similarTo, year));
  }

  static final int MAX_CHOSEN = 20;

  /** The kommuner of the county with a population within ±25 % of this one's, in the compared year. */
  static List<String> similarByPopulation(String kommun, String county, Populations.Table table, int year) {
    Integer own = table.of(kommun, year).map(p -> p.people()).orElse(null);
    if (own == null) {
      return List.of();
    }
    return table.kommunerIn(county).stream().filter(k -> !k.equals(kommun))
        .filter(k -> table.of(k, year).map(p -> p.people() >= own * 0.75 && p.people() <= own * 1.25)
            .orElse(false))
        .sorted().toList();
  }

  private Comparison.Similar similar(String kommun, String county, Populations.Table table, KommunTotals totals,
      List<String> chosen, int year) {
    String basis = chosen.isEmpty() ? "COUNTY_POPULATION" : "CHOSEN";
    List<String> codes = chosen.isEmpty() ? similarByPopulation(kommun, county, table, year)
        : chosen.stream().filter(c -> !c.equals(kommun)).distinct().toList();
    Map<String, String> names = names();
    List<Comparison.SimilarArea> areas = new java.util.ArrayList<>();
    for (String code : codes) {
      KommunTotals.Totals t = totals.of(code);
      Integer population = table.of(code, year).map(p -> p.people()).orElse(null);
      BigDecimal rate = t.ratePer100k();
      if (rate == null && t.count() != null && population != null) {
        rate = AreaPopulations.rate(t.count(), new AreaPopulations.Population(population, null));
      }
      areas.add(new Comparison.SimilarArea(code, names.getOrDefault(code, code), population, t.count(), rate));
    }
    return new Comparison.Similar(basis, areas, codes.isEmpty() ? null : totals.rate(codes, table, year));
  }

  /**
   * Kommun names by code, read once an hour: reference data that changes only when SCB renames a kommun, and a
   * comparison should not pay a query (and its LPO join) for it.
   */
  private Map<String, String> names() {
    Map<String, String> cached = names;
    if (cached == null || System.nanoTime() - namesReadAt > java.util.concurrent.TimeUnit.HOURS.toNanos(1)) {
      Map<String, String> read = new java.util.HashMap<>();
      municipalities.all().forEach(m -> read.put(m.code(), m.name()));
      names = cached = Map.copyOf(read);
      namesReadAt = System.nanoTime();
    }
    return cached;
  }

  private volatile Map<String, String> names;
  private volatile long namesReadAt;

  /**
   * A county's or the country's rate over the periods: from its own figures when they give one, else from its
   * kommuner's counts (those with every period counted) over their population.
   */
  private BigDecimal widerRate(String area, Populations.Table table, KommunTotals totals, String crimeType,
      Period.Kind kind, int year, int through) {
    BigDecimal own = side(area, crimeType, kind, year, through, new boolean[1]).ratePer100k();
    return own != null ? own : totals.rate(table.kommunerIn(area), table, year);
  }

  private Comparison.Side side(String area, String crimeType, Period.Kind kind, int year, int through,
      boolean[] preliminary) {
    int periods = kind == Period.Kind.Y ? 1 : through;
    return jdbc.sql("""
        select count(*) as found, count(count) as counted, count(rate_per_100k) as rated, sum(count) as total,
               sum(rate_per_100k) as rate, bool_or(status = 'PRELIMINARY') as preliminary
        from crimestats_current_figure
        where area_code = ? and crime_type = ? and period_kind = ? and period_year = ? and period_number <= ?""")
        .params(area, crimeType, kind.name(), year, through)
        .query((rs, n) -> {
          preliminary[0] |= rs.getBoolean("preliminary");
          boolean complete = rs.getInt("found") == periods;
          Long count = complete && rs.getInt("counted") == periods ? rs.getLong("total") : null;
          BigDecimal rate = complete && rs.getInt("rated") == periods ? rs.getBigDecimal("rate") : null;
          return new Comparison.Side(year, count, rate);
        }).single();
  }

  /**
   * Yearly totals of the last {@code years} (3 or 5) calendar years up to the area's latest yearly figure of the type,
   * and rolling 12-month sums of its monthly figures.
   */
  public Trend trend(String area, String crimeType, int years) {
    if (years != 3 && years != 5) {
      throw InvalidInputException.of("years", "must be 3 or 5");
    }
    Integer latest = jdbc.sql("""
        select max(period_year) from crimestats_current_figure
        where area_code = ? and crime_type = ? and period_kind = 'Y'""")
        .params(area, crimeType).query(Integer.class).optional().orElse(null);
    List<Trend.Year> window = new java.util.ArrayList<>();
    if (latest != null) {
      java.util.Map<Integer, Trend.Year> found = new java.util.HashMap<>();
      jdbc.sql("""
          select period_year, count, status from crimestats_current_figure
          where area_code = ? and crime_type = ? and period_kind = 'Y' and period_year > ?""")
          .params(area, crimeType, latest - years)
          .query((rs, n) -> found.put(rs.getInt("period_year"), new Trend.Year(rs.getInt("period_year"),
              rs.getObject("count", Long.class), FigureStatus.valueOf(rs.getString("status"))))).list();
      for (int y = latest - years + 1; y <= latest; y++) {
        window.add(found.getOrDefault(y, new Trend.Year(y, null, null)));
      }
    }
    // A month closes a rolling sum when it and the eleven before it all have a count.
    List<Trend.Rolling> rolling = jdbc.sql("""
        select period_year || '-' || lpad(period_number::text, 2, '0') as through, total from (
          select period_year, period_number, count,
                 sum(count) over w as total, count(count) over w as counted,
                 min(period_year * 12 + period_number) over w as first_month
          from crimestats_current_figure
          where area_code = ? and crime_type = ? and period_kind = 'M'
          window w as (order by period_year * 12 + period_number rows between 11 preceding and current row)
        ) m
        where counted = 12 and period_year * 12 + period_number - first_month = 11
        order by period_year, period_number""")
        .params(area, crimeType)
        .query((rs, n) -> new Trend.Rolling(rs.getString("through"), rs.getLong("total"))).list();
    return Trend.of(area, crimeType, window, rolling);
  }

  /** The last quarter of the latest year with quarterly figures of this type for the area, if any. */
  public Optional<Period> latestQuarter(String area, String crimeType) {
    return jdbc.sql("""
        select period_year, max(period_number) from crimestats_current_figure
        where area_code = ? and crime_type = ? and period_kind = 'Q' and count is not null
        group by period_year order by period_year desc limit 1""")
        .params(area, crimeType)
        .query((rs, n) -> Period.quarter(rs.getInt(1), rs.getInt(2))).optional();
  }

  /** An area's yearly figures of these types, for its latest {@code years} years with any of them. */
  public List<FigureView> latestYears(String area, List<String> crimeTypes, int years) {
    return jdbc.sql(FIGURE + """
         where f.area_code = :area and f.period_kind = 'Y' and f.crime_type in (:types)
           and f.period_year > (select max(period_year) from crimestats_figure where area_code = :area
                                and period_kind = 'Y' and crime_type in (:types)) - :years
         order by f.period_year, f.crime_type""")
        .param("area", area).param("types", crimeTypes).param("years", years)
        .query((rs, n) -> new FigureView(rs.getString("area_code"), rs.getString("period_year"),
            rs.getString("crime_type"), FigureStatus.valueOf(rs.getString("status")),
            rs.getObject("count", Long.class), rs.getBigDecimal("rate_per_100k"),
            rs.getObject("population_used", Integer.class), rs.getObject("population_date", java.time.LocalDate.class),
            rs.getBoolean("example")))
        .list();
  }

  /** Whether any figure shown for the area came from an example (demo) import. */
  public boolean anyExample(String area) {
    return jdbc.sql("""
        select exists (select 1 from crimestats_current_figure f join crimestats_import i on i.id = f.import_id
                       where f.area_code = ? and i.example)""").param(area).query(Boolean.class).single();
  }
}
