package se.medborgarlofte.shared;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, when, with the state before and after. Call it inside the transaction of the change, so the
 * entry and the change are committed together or not at all.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void record(String action, String entityType, Object entityId, Object before, Object after) {
    jdbc.sql("""
            insert into shared_audit_entry (actor, action, entity_type, entity_id, before_state, after_state)
            values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
        .params(currentActor(), action, entityType, String.valueOf(entityId), toJson(before), toJson(after))
        .update();
  }

  public List<AuditEntry> latest(String entityType, String actor, int limit, int offset) {
    return jdbc.sql("""
            select id, occurred_at, actor, action, entity_type, entity_id,
                   before_state::text as before_state, after_state::text as after_state
            from shared_audit_entry
            where (cast(:type as text) is null or entity_type = :type)
              and (cast(:actor as text) is null or actor = :actor)
            order by occurred_at desc, id desc limit :limit offset :offset""")
        .param("type", blankToNull(entityType))
        .param("actor", blankToNull(actor))
        .param("limit", limit)
        .param("offset", offset)
        .query(AuditEntry.class)
        .list();
  }

  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return jdbc.sql("""
            select id, occurred_at, actor, action, entity_type, entity_id,
                   before_state::text as before_state, after_state::text as after_state
            from shared_audit_entry where entity_type = ? and entity_id = ? order by id""")
        .params(entityType, entityId)
        .query(AuditEntry.class)
        .list();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private String toJson(Object value) {
    return value == null ? null : json.writeValueAsString(value);
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }

  /** One line of the trail, as the admin page shows it. */
  public record AuditEntry(
      long id,
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String beforeState,
      String afterState) {}
}
