package se.medborgarlofte.survey;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kommun's saved column mappings (kolumnmappningar) of answer files, by name, so next year's file from the same
 * contractor is imported without mapping it again. A kommun's coordinators (and admins) read and write its own
 * only: {@code survey.edit} in the kommun's scope.
 */
@Service
public class AnswerMappings {

  public record Saved(String municipalityCode, String name, AnswerMapping mapping, String savedBy,
      OffsetDateTime savedAt) {}

  private record Row(String municipalityCode, String name, String mapping, String savedBy, OffsetDateTime savedAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Municipalities municipalities;
  private final SurveyTemplates templates;
  private final AuditTrail audit;

  AnswerMappings(JdbcClient jdbc, JsonMapper json, Municipalities municipalities, SurveyTemplates templates,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.json = json;
    this.municipalities = municipalities;
    this.templates = templates;
    this.audit = audit;
  }

  public List<Saved> list(Member by, String municipalityCode) {
    requireEdit(by, municipalityCode);
    return jdbc.sql("""
        select municipality_code, name, mapping::text as mapping, saved_by, saved_at from survey_answer_mapping
        where municipality_code = ? order by name""").param(municipalityCode).query(Row.class).list().stream()
        .map(this::toSaved).toList();
  }

  public Saved get(Member by, String municipalityCode, String name) {
    requireEdit(by, municipalityCode);
    return find(municipalityCode, name).orElseThrow(() -> new NotFoundException("kommun " + municipalityCode
        + " has no saved answer mapping named " + name));
  }

  Optional<Saved> find(String municipalityCode, String name) {
    return jdbc.sql("""
        select municipality_code, name, mapping::text as mapping, saved_by, saved_at from survey_answer_mapping
        where municipality_code = ? and name = ?""").params(municipalityCode, name).query(Row.class).optional()
        .map(this::toSaved);
  }

  /** Saves (or replaces) a mapping under a name; its items must exist in some template. Audited. */
  @Transactional
  public Saved save(Member by, String municipalityCode, String name, AnswerMapping mapping) {
    requireEdit(by, municipalityCode);
    FieldErrors errors = new FieldErrors();
    checkName(name, "name", errors);
    if (mapping == null) {
      errors.add("mapping", "is required");
    } else {
      Map<String, TemplateItem> items = new HashMap<>();
      templates.all().forEach(t -> t.items().forEach(i -> items.putIfAbsent(i.code(), i)));
      mapping.check(items, errors);
    }
    errors.throwIfAny();
    Optional<Saved> before = find(municipalityCode, name);
    jdbc.sql("""
        insert into survey_answer_mapping (municipality_code, name, mapping, saved_by) values (?, ?, cast(? as jsonb), ?)
        on conflict (municipality_code, name) do update set mapping = excluded.mapping, saved_by = excluded.saved_by,
          saved_at = now()""").params(municipalityCode, name, json.writeValueAsString(mapping), by.getUsername())
        .update();
    Saved after = find(municipalityCode, name).orElseThrow();
    audit.record("SURVEY_ANSWER_MAPPING_SAVED", "SurveyAnswerMapping", municipalityCode + "/" + name,
        before.orElse(null), after);
    return after;
  }

  static void checkName(String name, String field, FieldErrors errors) {
    if (name == null || !AnswerMapping.NAME.matcher(name).matches() || name.isBlank()) {
      errors.add(field, "must be 1–" + AnswerMapping.MAX_NAME + " letters, digits, spaces, '.', '_' or '-'");
    }
  }

  void requireEdit(Member by, String municipalityCode) {
    if (municipalityCode == null || !municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    SurveyPermissions.requireEdit(by, municipalityCode);
  }

  private Saved toSaved(Row r) {
    return new Saved(r.municipalityCode(), r.name(), json.readValue(r.mapping(), AnswerMapping.class), r.savedBy(),
        r.savedAt());
  }
}
