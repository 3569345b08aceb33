package se.medborgarlofte.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.MunicipalityView.LpoRef;

/** Read access to the 290 kommuner, their counties and the LPOs that cover them on a given day. */
@Service
public class Municipalities {

  private static final String SELECT = """
      select m.code, m.name, m.county_code, c.name as county_name, c.police_region,
             p.population, p.reference_date
      from organisation_municipality m
      join organisation_county c on c.code = m.county_code
      left join lateral (select population, reference_date from organisation_population
                         where municipality_code = m.code order by year desc limit 1) p on true
      """;

  private final JdbcClient jdbc;

  Municipalities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<MunicipalityView> all() {
    return withLpos(jdbc.sql(SELECT + " order by m.code").query(Row.class).list(), null);
  }

  public Optional<MunicipalityView> find(String code) {
    if (code == null || !code.matches("\\d{4}")) {
      return Optional.empty();
    }
    return withLpos(jdbc.sql(SELECT + " where m.code = ?").param(code).query(Row.class).list(), code)
        .stream().findFirst();
  }

  public boolean exists(String code) {
    return code != null && code.matches("\\d{4}")
        && jdbc.sql("select count(*) from organisation_municipality where code = ?").param(code)
            .query(Integer.class).single() == 1;
  }

  /** By name (prefix or contained, accent-sensitive as Swedish readers expect) or by code. */
  public List<MunicipalityView> search(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    List<Row> rows = jdbc.sql(SELECT + """
         where m.code = :q or lower(m.name) like :like or lower(m.official_name) like :like
         order by (lower(m.name) = lower(:q)) desc, (lower(m.name) like :prefix) desc, m.name limit 50""")
        .param("q", q)
        .param("like", "%" + escapeLike(q.toLowerCase()) + "%")
        .param("prefix", escapeLike(q.toLowerCase()) + "%")
        .query(Row.class).list();
    return withLpos(rows, null);
  }

  public List<MunicipalityView> inCounty(String countyCode) {
    return withLpos(jdbc.sql(SELECT + " where m.county_code = ? order by m.name").param(countyCode)
        .query(Row.class).list(), null);
  }

  public List<County> counties() {
    return jdbc.sql("""
        select c.code, c.name, c.police_region, count(m.code) as municipality_count
        from organisation_county c left join organisation_municipality m on m.county_code = c.code
        group by c.code order by c.code""").query(County.class).list();
  }

  public Optional<County> county(String code) {
    return counties().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public List<String> policeRegions() {
    return jdbc.sql("select code from organisation_police_region order by code").query(String.class).list();
  }

  /** Does this LPO cover the kommun on that day? The rule every promise starts from. */
  public boolean isCoveredBy(String municipalityCode, long lpoId, LocalDate day) {
    return jdbc.sql("""
        select count(*) from organisation_lpo_municipality
        where lpo_id = ? and municipality_code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
        .params(lpoId, municipalityCode, day, day).query(Integer.class).single() > 0;
  }

  private List<MunicipalityView> withLpos(List<Row> rows, String onlyCode) {
    Map<String, List<LpoRef>> lpos = new LinkedHashMap<>();
    LocalDate today = LocalDate.now();
    jdbc.sql("""
        select l.municipality_code, a.id, a.name from organisation_lpo_municipality l
        join organisation_local_police_area a on a.id = l.lpo_id
        where l.valid_from <= :day and (l.valid_to is null or l.valid_to >= :day)
          and (cast(:code as text) is null or l.municipality_code = :code)
        order by a.name""")
        .param("day", today)
        .param("code", onlyCode)
        .query((rs, n) -> {
          lpos.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new LpoRef(rs.getLong(2), rs.getString(3)));
          return null;
        }).list();
    return rows.stream().map(r -> new MunicipalityView(r.code(), r.name(), r.countyCode(), r.countyName(),
        r.policeRegion(), r.population(), r.referenceDate(), lpos.getOrDefault(r.code(), List.of()))).toList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private record Row(String code, String name, String countyCode, String countyName, String policeRegion,
      Integer population, LocalDate referenceDate) {}
}
