package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Follow-ups and their approvals as rows; reports as {@code jsonb}. */
@Repository
class FollowUpRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  FollowUpRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Adds the entry unless it is there already, so a redelivered event schedules nothing twice. */
  boolean schedule(UUID promiseId, FollowUpSchedule.Due due) {
    return jdbc.sql("""
            insert into followup_follow_up (id, promise_id, kind, due_on) values (?, ?, ?, ?)
            on conflict (promise_id, kind, due_on) do nothing""")
        .params(UUID.randomUUID(), promiseId, due.kind().name(), due.dueOn()).update() == 1;
  }

  boolean anyFor(UUID promiseId) {
    return jdbc.sql("select exists (select 1 from followup_follow_up where promise_id = ?)").param(promiseId)
        .query(Boolean.class).single();
  }

  List<FollowUp> ofPromise(UUID promiseId) {
    return jdbc.sql(SELECT + " where f.promise_id = ? order by f.due_on, f.kind desc").param(promiseId)
        .query(mapper()).list();
  }

  /**
   * The unpublished follow-ups due by {@code day}, without their reports (the dashboard needs only the day and the
   * kind): no JSON to parse, no approvals to gather.
   */
  List<FollowUp> pendingUntil(LocalDate day) {
    return jdbc.sql("""
            select id, promise_id, kind, due_on from followup_follow_up
            where published_at is null and due_on <= ? order by due_on, promise_id""")
        .param(day).query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class),
            rs.getObject("promise_id", UUID.class), FollowUpKind.valueOf(rs.getString("kind")),
            rs.getObject("due_on", LocalDate.class), null, List.of(), null, null)).list();
  }

  /** The latest published follow-ups across all promises, newest first. */
  List<FollowUp> latestPublished(int limit) {
    return jdbc.sql(SELECT + " where f.published_at is not null order by f.published_at desc limit ?")
        .param(limit).query(mapper()).list();
  }

  Optional<FollowUp> find(UUID promiseId, UUID id) {
    return jdbc.sql(SELECT + " where f.promise_id = ? and f.id = ?").params(promiseId, id).query(mapper())
        .optional();
  }

  void saveReport(UUID id, FollowUpReport report) {
    jdbc.sql("update followup_follow_up set content = cast(? as jsonb) where id = ?")
        .params(json.writeValueAsString(report), id).update();
    jdbc.sql("delete from followup_approval where follow_up_id = ?").param(id).update();
  }

  void approve(UUID id, String party, String by) {
    jdbc.sql("insert into followup_approval (follow_up_id, party, approved_by) values (?, ?, ?)")
        .params(id, party, by).update();
  }

  void publish(UUID id, FollowUp.PublishedReport report) {
    jdbc.sql("update followup_follow_up set published = cast(? as jsonb), published_at = now() where id = ?")
        .params(json.writeValueAsString(report), id).update();
  }

  /** Keeps the evaluation as it stands at publication beside the published report. */
  void freezeEvaluation(UUID id, Object evaluation) {
    jdbc.sql("update followup_follow_up set evaluation = cast(? as jsonb) where id = ?")
        .params(json.writeValueAsString(evaluation), id).update();
  }

  /** The evaluation kept when follow-up {@code id} was published; none for one published before V42. */
  <T> java.util.Optional<T> frozenEvaluation(UUID id, Class<T> type) {
    return jdbc.sql("select evaluation::text from followup_follow_up where id = ? and evaluation is not null")
        .param(id).query(String.class).optional().map(text -> json.readValue(text, type));
  }

  private static final String SELECT = """
      select f.id, f.promise_id, f.kind, f.due_on, f.content::text as content, f.published_at,
             f.published::text as published,
             array(select a.party from followup_approval a where a.follow_up_id = f.id order by a.party) as approvals
      from followup_follow_up f""";

  private RowMapper<FollowUp> mapper() {
    return (rs, n) -> {
      String content = rs.getString("content");
      String published = rs.getString("published");
      return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("promise_id", UUID.class),
          FollowUpKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
          content == null ? null : json.readValue(content, FollowUpReport.class),
          List.of((String[]) rs.getArray("approvals").getArray()),
          rs.getObject("published_at", OffsetDateTime.class),
          published == null ? null : json.readValue(published, FollowUp.PublishedReport.class));
    };
  }
}
