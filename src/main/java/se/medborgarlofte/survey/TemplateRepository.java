package se.medborgarlofte.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Templates as rows, their items as one jsonb value. */
@Repository
class TemplateRepository {

  private static final String SELECT = """
      select t.id, t.code, t.version, t.name, t.items::text as items,
             exists (select 1 from survey_round r where r.template_id = t.id and r.status <> 'DRAFT') as frozen
      from survey_template t""";

  private record Row(long id, String code, int version, String name, String items, boolean frozen) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  TemplateRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<SurveyTemplate> find(long id) {
    return jdbc.sql(SELECT + " where t.id = ?").param(id).query(Row.class).optional().map(this::toTemplate);
  }

  List<SurveyTemplate> all() {
    return jdbc.sql(SELECT + " order by t.code, t.version").query(Row.class).list().stream().map(this::toTemplate)
        .toList();
  }

  int latestVersion(String code) {
    return jdbc.sql("select coalesce(max(version), 0) from survey_template where code = ?").param(code)
        .query(Integer.class).single();
  }

  long insert(String code, int version, String name, List<TemplateItem> items) {
    return jdbc.sql("insert into survey_template (code, version, name, items) values (?, ?, ?, cast(? as jsonb)) "
        + "returning id").params(code, version, name, json.writeValueAsString(items)).query(Long.class).single();
  }

  void update(long id, String name, List<TemplateItem> items) {
    jdbc.sql("update survey_template set name = ?, items = cast(? as jsonb) where id = ?")
        .params(name, json.writeValueAsString(items), id).update();
  }

  private SurveyTemplate toTemplate(Row r) {
    List<TemplateItem> items = json.readValue(r.items(), new TypeReference<List<TemplateItem>>() {});
    return new SurveyTemplate(r.id(), r.code(), r.version(), r.name(), items, r.frozen());
  }
}
