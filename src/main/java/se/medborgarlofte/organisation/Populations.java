package se.medborgarlofte.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * SCB population per kommun, county and country by year. Only kommuner are stored; a county's and the country's
 * population are the sums of their kommuner, so they can never disagree with them.
 *
 * <p>When a year is missing, the nearest earlier year is used; when there is no earlier year at all (figures older
 * than the oldest population imported), the earliest later one. Either way the answer names the year used.
 */
@Service
public class Populations {

  public static final String COUNTRY = "SE";

  private final JdbcClient jdbc;

  Populations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AreaPopulation> of(String areaCode, int year) {
    return table().of(areaCode, year);
  }

  /** The years with population figures, oldest first. */
  public List<Integer> years() {
    return jdbc.sql("select distinct year from organisation_population order by year").query(Integer.class).list();
  }

  /**
   * Every stored figure at once, for callers that look up thousands of areas and years (an import of figures):
   * 290 kommuner × a few years is a few thousand rows, read once.
   */
  public Table table() {
    Table cached = this.cached;
    if (cached != null && System.nanoTime() - cachedAt < MAX_AGE_NANOS) {
      return cached;
    }
    Table table = read();
    this.cached = table;
    this.cachedAt = System.nanoTime();
    return table;
  }

  /**
   * Populations change once a year, by an import: a snapshot serves for a minute on every node, and the node that
   * imports drops it at once after the commit.
   */
  private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

  private volatile Table cached;
  private volatile long cachedAt;

  /** Drops the snapshot, so the next reader sees what was just committed. */
  void forget() {
    cached = null;
  }

  private Table read() {
    Table table = new Table();
    jdbc.sql("""
        select p.municipality_code, m.county_code, p.year, p.population, p.reference_date
        from organisation_population p join organisation_municipality m on m.code = p.municipality_code""")
        .query((rs, n) -> {
          table.add(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
              rs.getObject(5, LocalDate.class));
          return null;
        }).list();
    return table;
  }

  /** A snapshot of the stored populations; read-only once built, so shared between requests. */
  public static final class Table {

    private record Figure(int people, LocalDate referenceDate) {}

    private final Map<String, NavigableMap<Integer, Figure>> byKommun = new HashMap<>();
    private final Map<String, List<String>> kommunerOf = new HashMap<>();
    private final Map<String, TreeSet<Integer>> yearsOf = new HashMap<>();
    private final Map<String, String> countyOf = new HashMap<>();
    private final Map<String, Optional<AreaPopulation>> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private void add(String kommun, String county, int year, int people, LocalDate referenceDate) {
      countyOf.put(kommun, county);
      if (byKommun.computeIfAbsent(kommun, k -> new TreeMap<>()).put(year, new Figure(people, referenceDate))
          == null) {
        kommunerOf.computeIfAbsent(county, c -> new ArrayList<>()).remove(kommun);
        kommunerOf.get(county).add(kommun);
        kommunerOf.computeIfAbsent(COUNTRY, c -> new ArrayList<>()).remove(kommun);
        kommunerOf.get(COUNTRY).add(kommun);
      }
      yearsOf.computeIfAbsent(kommun, a -> new TreeSet<>()).add(year);
    }

    /**
     * A wider area's years are those every one of its kommuner has, so a year imported for a few kommuner does not
     * make a county's population a mix of years; with no such year, any year of theirs.
     */
    private TreeSet<Integer> widerYears(String area) {
      List<String> kommuner = kommunerOf.get(area);
      if (kommuner == null) {
        return null;
      }
      TreeSet<Integer> all = new TreeSet<>();
      TreeSet<Integer> common = null;
      for (String kommun : kommuner) {
        all.addAll(byKommun.get(kommun).keySet());
        if (common == null) {
          common = new TreeSet<>(byKommun.get(kommun).keySet());
        } else {
          common.retainAll(byKommun.get(kommun).keySet());
        }
      }
      return common == null || common.isEmpty() ? all : common;
    }

    /** A kommun's county, when the kommun has any population figure. */
    public Optional<String> countyOf(String kommun) {
      return Optional.ofNullable(countyOf.get(kommun));
    }

    /** The kommuner of a county or of the country ({@code SE}) that have any population figure. */
    public List<String> kommunerIn(String area) {
      return List.copyOf(kommunerOf.getOrDefault(area, List.of()));
    }

    public Optional<AreaPopulation> of(String areaCode, int year) {
      return memo.computeIfAbsent(areaCode + "/" + year, k -> compute(areaCode, year));
    }

    private Optional<AreaPopulation> compute(String areaCode, int year) {
      TreeSet<Integer> years = areaCode.length() == 4 ? yearsOf.get(areaCode) : widerYears(areaCode);
      if (years == null) {
        return Optional.empty();
      }
      Integer used = years.floor(year);
      int yearUsed = used != null ? used : years.first();
      if (areaCode.length() == 4) {
        Figure f = byKommun.get(areaCode).get(yearUsed);
        return Optional.of(new AreaPopulation(areaCode, year, yearUsed, f.people(), f.referenceDate()));
      }
      // A wider area in yearUsed: each of its kommuner by the same rule, so one late kommun does not drop out.
      long people = 0;
      LocalDate latest = null;
      for (String kommun : kommunerOf.get(areaCode)) {
        NavigableMap<Integer, Figure> own = byKommun.get(kommun);
        Map.Entry<Integer, Figure> e = own.floorEntry(yearUsed);
        Figure f = e != null ? e.getValue() : own.firstEntry().getValue();
        people += f.people();
        latest = latest == null || f.referenceDate().isAfter(latest) ? f.referenceDate() : latest;
      }
      return Optional.of(new AreaPopulation(areaCode, year, yearUsed, Math.toIntExact(people), latest));
    }
  }
}
