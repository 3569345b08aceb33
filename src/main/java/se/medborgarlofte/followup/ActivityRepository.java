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
