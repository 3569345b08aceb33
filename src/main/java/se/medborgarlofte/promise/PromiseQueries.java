package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Member;

/**
 * The read side: search over published promises (PostgreSQL full-text search, Swedish configuration), lists per
 * kommun and per member, and the feed of publications, revisions and extensions.
 */
@Service
public class PromiseQueries {

  private final JdbcClient jdbc;

  PromiseQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One published promise in a list. */
  public record Listed(UUID id, String municipalityCode, long lpoId, int version, String status, String title,
      LocalDate validFrom, LocalDate validTo, boolean example, String introduction) {

    public int year() {
      return validFrom.getYear();
    }
  }

  /** What a member sees in the workspace: the working version, with its SMART warnings counted. */
  public record Working(UUID id, String municipalityCode, long lpoId, int version, String status, String title,
      LocalDate validFrom, LocalDate validTo, boolean example, int commitments, int warnings) {}

  /** A search: words, and filters whose blank value means "any". */
  public record Search(String q, Collection<String> countyCodes, Integer year, String category) {}

  /** A line of the feed: a publication (version 1), a revision (version 2+) or an extension. */
  public record FeedEntry(UUID id, String municipalityCode, int version, String kind, String title,
      OffsetDateTime at, LocalDate validTo, String note) {}

  private static final String PUBLISHED = """
      select p.id, p.municipality_code, p.lpo_id, v.version, v.status, v.content ->> 'title' as title,
             p.valid_from, p.valid_to, p.example, v.content ->> 'introduction' as introduction
      from promise_promise p join promise_version v on v.promise_id = p.id and v.version = p.current_version
      """;

  public List<Listed> search(Search s) {
    String q = s.q() == null ? "" : s.q().strip();
    return jdbc.sql(PUBLISHED + """
            , websearch_to_tsquery('swedish', :q) query
            where (:q = '' or v.search @@ query)
              and (:anyCounty or substr(p.municipality_code, 1, 2) in (:counties))
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
        .query(Listed.class).list();
  }

  /** Every published promise of a kommun, newest period first: the current one and the archive. */
  public List<Listed> ofMunicipality(String code) {
    return jdbc.sql(PUBLISHED + " where p.municipality_code = ? order by p.valid_from desc, p.created_at desc")
        .param(code).query(Listed.class).list();
  }

  /** Published promises for the API, optionally by kommun and by year in force. */
  public List<Listed> published(String municipalityCode, Integer year) {
    return jdbc.sql(PUBLISHED + """
            where (cast(:code as text) is null or p.municipality_code = :code)
              and (cast(:year as int) is null
                   or (extract(year from p.valid_from) <= :year and extract(year from p.valid_to) >= :year))
            order by p.valid_from desc, p.municipality_code""")
        .param("code", municipalityCode).param("year", year).query(Listed.class).list();
  }

  /** The promises a member works on or may read, with the working version's status and warnings. */
  public List<Working> forMember(Member m, String municipalityCode, Integer year) {
    boolean all = m.readsEverything();
    return jdbc.sql("""
            select p.id, p.municipality_code, p.lpo_id, v.version, p.status, v.content ->> 'title' as title,
                   cast(v.content ->> 'validFrom' as date) as valid_from, p.valid_to, p.example,
                   jsonb_array_length(v.content -> 'commitments') as commitments,
                   (select count(*) filter (where jsonb_array_length(coalesce(c -> 'places', '[]')) = 0)
                         + count(*) filter (where coalesce(c ->> 'target', '') = '')
                         + count(*) filter (where coalesce(c ->> 'indicator', '') = '')
                    from jsonb_array_elements(v.content -> 'commitments') c) as warnings
            from promise_promise p join promise_version v on v.promise_id = p.id and v.version = p.latest_version
            where (:all or p.municipality_code in (:codes) or p.lpo_id in (:lpos))
              and (cast(:code as text) is null or p.municipality_code = :code)
              and (cast(:year as int) is null
                   or (extract(year from p.valid_from) <= :year and extract(year from p.valid_to) >= :year))
            order by p.updated_at desc limit 500""")
        .param("all", all)
        .param("codes", m.municipalityCodes().isEmpty() ? List.of("----") : m.municipalityCodes())
        .param("lpos", m.lpoIds().isEmpty() ? List.of(-1L) : m.lpoIds())
        .param("code", municipalityCode).param("year", year)
        .query(Working.class).list();
  }

  /** Publications, revisions and extensions, newest first, for one kommun or (null) all. */
  public List<FeedEntry> feed(String municipalityCode, int limit) {
    return jdbc.sql("""
            select * from (
              select p.id, p.municipality_code, v.version,
                     case when v.version = 1 then 'PUBLISHED' else 'REVISED' end as kind,
                     v.content ->> 'title' as title, v.published_at as at,
                     cast(v.content ->> 'validTo' as date) as valid_to, null as note
              from promise_promise p join promise_version v on v.promise_id = p.id
              where v.published_at is not null
              union all
              select p.id, p.municipality_code, cast(e ->> 'version' as int), 'EXTENDED',
                     v.content ->> 'title', cast(e ->> 'extendedAt' as timestamptz),
                     cast(e ->> 'validTo' as date), e ->> 'note'
              from promise_promise p cross join jsonb_array_elements(p.extensions) e
                join promise_version v on v.promise_id = p.id and v.version = cast(e ->> 'version' as int)
            ) f where cast(:code as text) is null or f.municipality_code = :code
            order by at desc limit :limit""")
        .param("code", municipalityCode).param("limit", limit)
        .query(FeedEntry.class).list();
  }

  private static String jsonSafe(String s) {
    return s == null ? "" : s.replaceAll("[^A-Z0-9_]", "");
  }
}
