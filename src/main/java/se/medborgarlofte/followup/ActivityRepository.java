package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.medborgarlofte.promise.ActivityType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Activities as rows; an import is one batch in the caller's transaction, so it is stored whole or not at all. */
@Repository
class ActivityRepository {

  private static final TypeReference<LinkedHashMap<String, BigDecimal>> COUNTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;

  ActivityRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  void insert(List<Activity> activities, String recordedBy) {
    template.batchUpdate("""
        insert into followup_activity (id, promise_id, commitment_id, type, done_on, party, place, lat, lon, counts,
                                       hours, note, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", activities, 1000, (ps, a) -> {
          ps.setObject(1, a.id());
          ps.setObject(2, a.promiseId());
          ps.setObject(3, a.commitmentId());
          ps.setString(4, a.type().name());
          ps.setDate(5, Date.valueOf(a.date()));
          ps.setString(6, a.party());
          ps.setString(7, a.place());
          ps.setBigDecimal(8, a.lat());
          ps.setBigDecimal(9, a.lon());
          ps.setString(10, json.writeValueAsString(a.counts()));
          ps.setBigDecimal(11, a.hoursSpent());
          ps.setString(12, a.note());
          ps.setString(13, recordedBy);
        });
  }

  List<Activity> list(UUID promiseId, UUID commitmentId) {
    return jdbc.sql("""
            select id, promise_id, commitment_id, type, done_on, party, place, lat, lon, counts::text as counts, hours,
                   note
            from followup_activity
            where promise_id = :p and (cast(:c as uuid) is null or commitment_id = cast(:c as uuid))
            order by done_on, recorded_at, id""")
        .param("p", promiseId).param("c", commitmentId == null ? null : commitmentId.toString())
        .query(mapper()).list();
  }

  /**
   * What {@link ActivitySummary#of} makes of the activities of a promise (one commitment, or all when null) done
   * between {@code from} and {@code to} (either open), summed by the database: a commitment with 100 000 activities
   * took 0.4 s to read whole for every follow-up page. The same order as {@code of}: types in their enum order,
   * counts in the order they first appear (by date, then as logged).
   */
  ActivitySummary summary(UUID promiseId, UUID commitmentId, java.time.LocalDate from, java.time.LocalDate to) {
    String where = """
        where promise_id = :p and (cast(:c as uuid) is null or commitment_id = cast(:c as uuid))
          and (cast(:from as date) is null or done_on >= cast(:from as date))
          and (cast(:to as date) is null or done_on <= cast(:to as date))""";
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("p", promiseId);
    params.put("c", commitmentId == null ? null : commitmentId.toString());
    params.put("from", from);
    params.put("to", to);
    // Per type, its places as written (few, in practice) with their activities: the places are told apart in Java,
    // ignoring case as ActivitySummary does, because the database's lower() depends on its locale.
    Map<ActivityType, int[]> activities = new java.util.TreeMap<>();
    Map<ActivityType, java.util.Set<String>> places = new java.util.TreeMap<>();
    jdbc.sql("select type, place, count(*) from followup_activity " + where + " group by type, place")
        .params(params).query(rs -> {
          ActivityType type = ActivityType.valueOf(rs.getString(1));
          activities.computeIfAbsent(type, t -> new int[1])[0] += rs.getInt(3);
          java.util.Set<String> at = places.computeIfAbsent(type, t -> new java.util.HashSet<>());
          if (rs.getString(2) != null) {
            at.add(rs.getString(2).toLowerCase(java.util.Locale.ROOT));
          }
        });
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    jdbc.sql("""
        with a as (select counts, row_number() over (order by done_on, recorded_at, id) as seq
                   from followup_activity %s)
        select e.key, sum(cast(e.value as numeric)) from a
        cross join lateral jsonb_each_text(a.counts) with ordinality as e(key, value, ord)
        group by e.key order by min(a.seq * 10000 + e.ord)""".formatted(where))
        .params(params).query(rs -> {
          counts.put(rs.getString(1), rs.getBigDecimal(2));
        });
    BigDecimal hours = jdbc.sql("select coalesce(sum(hours), 0) from followup_activity " + where).params(params)
        .query(BigDecimal.class).single();
    List<ActivitySummary.TypeLine> types = activities.entrySet().stream()
        .map(e -> new ActivitySummary.TypeLine(e.getKey(), e.getValue()[0], places.get(e.getKey()).size())).toList();
    return new ActivitySummary(types, counts, hours);
  }

  private RowMapper<Activity> mapper() {
    return (rs, n) -> new Activity(rs.getObject("id", UUID.class), rs.getObject("promise_id", UUID.class),
        rs.getObject("commitment_id", UUID.class), ActivityType.valueOf(rs.getString("type")),
        rs.getObject("done_on", java.time.LocalDate.class), rs.getString("party"), rs.getString("place"),
        rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), counts(rs.getString("counts")), rs.getBigDecimal("hours"),
        rs.getString("note"));
  }

  private Map<String, BigDecimal> counts(String text) {
    return text == null ? Map.of() : json.readValue(text, COUNTS);
  }
}
