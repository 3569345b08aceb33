package se.medborgarlofte.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Decisions as rows, verdicts as {@code jsonb}. */
@Repository
class DecisionRepository {

  private static final TypeReference<List<Decision.Verdict>> VERDICTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  DecisionRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<Decision> find(UUID promiseId) {
    return jdbc.sql("""
        select promise_id, decision, reason, verdicts::text as verdicts, next_promise_id, decided_by, decided_at
        from followup_decision where promise_id = ?""").param(promiseId)
        .query((rs, n) -> new Decision(rs.getObject("promise_id", UUID.class),
            Decision.Outcome.valueOf(rs.getString("decision")), rs.getString("reason"),
            json.readValue(rs.getString("verdicts"), VERDICTS), rs.getObject("next_promise_id", UUID.class),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .optional();
  }

  void save(Decision d) {
    jdbc.sql("""
        insert into followup_decision (promise_id, decision, reason, verdicts, next_promise_id, decided_by, decided_at)
        values (?, ?, ?, cast(? as jsonb), ?, ?, ?)
        on conflict (promise_id) do update set decision = excluded.decision, reason = excluded.reason,
          verdicts = excluded.verdicts, next_promise_id = excluded.next_promise_id,
          decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
        .params(d.promiseId(), d.decision().name(), d.reason(), json.writeValueAsString(d.verdicts()),
            d.nextPromiseId(), d.decidedBy(), d.decidedAt()).update();
  }
}
