package se.medborgarlofte.promise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Member;

/**
 * The read side: search over published promises (PostgreSQL full-text search, Swedish configuration, which covers
 * every party's name too), lists per kommun and per member, and the feed of publications, revisions and extensions.
 * A promise for several kommuner is listed under each of them.
 */
@Service
public class PromiseQueries {

  private final JdbcClient jdbc;

  PromiseQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One published promise in a list. {@code municipalityCode} is the first kommun it is shown in, {@code
   * municipalityCodes} all of them; {@code areas} the named areas it is for (empty: the whole of its kommuner).
   */
  public record Listed(UUID id, String municipalityCode, List<String> municipalityCodes, Long lpoId, int version,
      String status, String title, LocalDate validFrom, LocalDate validTo, String periodPrecision, boolean example,
      String introduction, List<String> areas, boolean fromSource) {

    public int year() {
      return validFrom == null ? validTo.getYear() : validFrom.getYear();
    }
  }

  /** What a member sees in the workspace: the working version, with its SMART warnings counted. */
  public record Working(UUID id, String municipalityCode, Long lpoId, int version, String status, String title,
      LocalDate validFrom, LocalDate validTo, boolean example, int commitments, int warnings) {}

  /** A search: words, and filters whose blank value means “any”. */
  public record Search(String q, Collection<String> countyCodes, Integer year, String category) {}

  /** A line of the feed: a publication (version 1), a revision (version 2+) or an extension. */
  public record FeedEntry(UUID id, String municipalityCode, int version, String kind, String title,
      OffsetDateTime at, LocalDate validTo, String note) {}

  private static final String PUBLISHED = """
      select p.id, p.shown_in, p.lpo_id, v.version, v.status, v.content ->> 'title' as title,
             p.valid_from, p.valid_to, coalesce(v.content ->> 'periodPrecision', 'DAY') as period_precision,
             p.example, v.content ->> 'introduction' as introduction,
             array(select a ->> 'name' from jsonb_array_elements(coalesce(v.content -> 'areas', '[]'::jsonb)) a)
               as areas,
             coalesce(v.content ->> 'source', '') <> '' as from_source
      from promise_promise p join promise_version v on v.promise_id = p.id and v.version = p.current_version
      """;

  private static final RowMapper<Listed> LISTED = (rs, n) -> {
    List<String> shownIn = strings(rs, "shown_in");
    long lpo = rs.getLong("lpo_id");
    return new Listed(rs.getObject("id", UUID.class), shownIn.isEmpty() ? null : shownIn.get(0), shownIn,
        rs.wasNull() ? null : lpo, rs.getInt("version"), rs.getString("status"), rs.getString("title"),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
        rs.getString("period_precision"), rs.getBoolean("example"), rs.getString("introduction"),
        strings(rs, "areas"), rs.getBoolean("from_source"));
  };

  public List<Listed> search(Search s) {
    String q = s.q() == null ? "" : s.q().strip();
    return jdbc.sql(PUBLISHED + """
            , websearch_to_tsquery('swedish', :q) query
            where (:q = '' or v.search @@ query)
              and (:anyCounty or exists (select 1 from unnest(p.shown_in) c where substr(c, 1, 2) in (:counties)))
              and (cast(:year as int) is null
                   or (extract(year from p.valid_from) <= :year and extract(year from p.valid_to) >= :year))
              and (cast(:category as text) is null or v.content @> cast(:categoryJson as jsonb)
                   or v.content @> cast(:commitmentCategoryJson as jsonb))
            order by case when :q = '' then 0 else ts_rank(v.search, query) end desc, p.valid_from desc, title
            limit 100""")
        .param("q", q)
        .param("anyCounty", s.countyCodes() == null)
        .param("counties", s.countyCodes() == null || s.countyCodes().isEmpty() ? List.of("--") : s.countyCodes())
        .param("year", s.year())
        .param("category", s.category())
        .param("categoryJson", "{\"problemCategories\":[\"" + jsonSafe(s.category()) + "\"]}")
        .param("commitmentCategoryJson",
            "{\"commitments\":[{\"problemCategories\":[\"" + jsonSafe(s.category()) + "\"]}]}")
        .query(LISTED).list();
  }

  /** Every published promise shown in a kommun, newest period first: the current ones and the archive. */
  public List<Listed> ofMunicipality(String code) {
    // @> rather than = any(): the GIN index on shown_in can answer it
    return jdbc.sql(PUBLISHED + """
            where p.shown_in @> array[cast(? as text)] order by p.valid_from desc, p.created_at desc""")
        .param(code).query(LISTED).list();
  }

  /** Published promises for the API, optionally by kommun and by year in force. */
  public List<Listed> published(String municipalityCode, Integer year) {
    return published(municipalityCode, year, null);
  }

  /**
   * Published promises for the API, optionally by kommun (each kommun a promise is shown in), by year in force and
   * by party: a party's key ({@code MUNICIPALITY}, {@code POLICE} or a third party's) or name, in any case.
   */
  public List<Listed> published(String municipalityCode, Integer year, String party) {
    return jdbc.sql(PUBLISHED + """
            where (cast(:code as text) is null or p.shown_in @> array[cast(:code as text)])
              and (cast(:year as int) is null
                   or (extract(year from p.valid_from) <= :year and extract(year from p.valid_to) >= :year))
              and (cast(:party as text) is null
                   or (upper(:party) = 'MUNICIPALITY' and cardinality(p.municipality_codes) > 0)
                   or (upper(:party) = 'POLICE' and cardinality(p.lpo_ids) > 0)
                   or lower(coalesce(v.content ->> 'municipalityPartyName', '')) = lower(:party)
                   or exists (select 1 from jsonb_array_elements(coalesce(v.content -> 'otherParties', '[]'::jsonb)) o
                              where o ->> 'key' = lower(:party) or lower(o ->> 'name') = lower(:party)))
            order by p.valid_from desc, p.municipality_code""")
        .param("code", municipalityCode).param("year", year)
        .param("party", party == null || party.isBlank() ? null : party.strip())
        .query(LISTED).list();
  }

  /** The promises a member works on or may read, with the working version's status and warnings. */
  public List<Working> forMember(Member m, String municipalityCode, Integer year) {
    boolean all = m.readsEverything();
    return jdbc.sql("""
            select p.id, p.shown_in[1] as municipality_code, p.lpo_id, v.version, p.status,
                   v.content ->> 'title' as title,
                   cast(v.content ->> 'validFrom' as date) as valid_from, p.valid_to, p.example,
                   jsonb_array_length(v.content -> 'commitments') as commitments,
                   (select count(*) filter (where jsonb_array_length(coalesce(c -> 'places', '[]')) = 0)
                         + count(*) filter (where coalesce(c ->> 'target', '') = ''
                                              and coalesce(c ->> 'quantity', '') = '')
                         + count(*) filter (where coalesce(c ->> 'indicator', '') = '')
                    from jsonb_array_elements(v.content -> 'commitments') c) as warnings
            from promise_promise p join promise_version v on v.promise_id = p.id and v.version = p.latest_version
            where (:all or exists (select 1 from unnest(p.municipality_codes) c where c in (:codes))
                   or exists (select 1 from unnest(p.lpo_ids) l where l in (:lpos)))
              and (cast(:code as text) is null or p.shown_in @> array[cast(:code as text)])
              and (cast(:year as int) is null
                   or (extract(year from coalesce(p.valid_from, p.valid_to)) <= :year
                       and extract(year from p.valid_to) >= :year))
            order by p.updated_at desc limit 500""")
        .param("all", all)
        .param("codes", m.municipalityCodes().isEmpty() ? List.of("----") : m.municipalityCodes())
        .param("lpos", m.lpoIds().isEmpty() ? List.of(-1L) : m.lpoIds())
        .param("code", municipalityCode).param("year", year)
        .query(Working.class).list();
  }

  /** Publications, revisions and extensions, newest first, for one kommun (each it is shown in) or (null) all. */
  public List<FeedEntry> feed(String municipalityCode, int limit) {
    return jdbc.sql("""
            select * from (
              select p.id, p.shown_in, p.shown_in[1] as municipality_code, v.version,
                     case when v.version = 1 then 'PUBLISHED' else 'REVISED' end as kind,
                     v.content ->> 'title' as title, v.published_at as at,
                     cast(v.content ->> 'validTo' as date) as valid_to, null as note
              from promise_promise p join promise_version v on v.promise_id = p.id
              where v.published_at is not null
              union all
              select p.id, p.shown_in, p.shown_in[1], cast(e ->> 'version' as int), 'EXTENDED',
                     v.content ->> 'title', cast(e ->> 'extendedAt' as timestamptz),
                     cast(e ->> 'validTo' as date), e ->> 'note'
              from promise_promise p cross join jsonb_array_elements(p.extensions) e
                join promise_version v on v.promise_id = p.id and v.version = cast(e ->> 'version' as int)
            ) f where cast(:code as text) is null or f.shown_in @> array[cast(:code as text)]
            order by at desc limit :limit""")
        .param("code", municipalityCode).param("limit", limit)
        .query(FeedEntry.class).list();
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array a = rs.getArray(column);
    return a == null ? List.of() : List.of((String[]) a.getArray());
  }

  private static String jsonSafe(String s) {
    return s == null ? "" : s.replaceAll("[^A-Z0-9_]", "");
  }
}
