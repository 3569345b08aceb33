package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.support.TestDatabase;

/**
 * V23 moves answers from their own rows into their response (AnswerStore). A database of the release before it
 * (later modules' migrations applied, so V23 arrives out of order) upgrades as the app configures Flyway, and keeps
 * every answer: the view survey_answer shows after the upgrade exactly the rows stored before it.
 */
class AnswerLayoutMigrationTests {

  @Test
  void answersStoredAsRowsBeforeV23AreTheSameAnswersAfterIt() throws Exception {
    Map<String, Object> props = TestDatabase.properties();
    String url = (String) props.get("spring.datasource.url");
    String user = (String) props.get("spring.datasource.username");
    String password = (String) props.get("spring.datasource.password");
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("drop database if exists survey_upgrade");
      c.createStatement().execute("create database survey_upgrade");
    }
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setUrl(url);
    db.setDatabaseName("survey_upgrade");
    db.setUser(user);
    db.setPassword(password);
    // The database of the release before V23: every migration but V23 applied, later modules' versions included.
    Path previous = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "before-v23-");
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*__*.sql")) {
      if (!r.getFilename().startsWith("V23__")) {
        try (var in = r.getInputStream()) {
          Files.copy(in, previous.resolve(r.getFilename()));
        }
      }
    }
    Flyway.configure().dataSource(db).locations("filesystem:" + previous).load().migrate();

    JdbcClient jdbc = JdbcClient.create(db);
    long template = jdbc.sql("select id from survey_template where code = 'standard'").query(Long.class).single();
    long round = jdbc.sql("""
        insert into survey_round (template_id, municipality_code, title, opens_on, closes_on, mode, status)
        values (?, '1278', 'Before the upgrade', date '2025-09-01', date '2025-10-01', 'OPEN', 'CLOSED')
        returning id""").param(template).query(Long.class).single();
    String first = "00000000-0000-0000-0000-000000000001";
    String second = "00000000-0000-0000-0000-000000000002";
    jdbc.sql("insert into survey_response (id, round_id, area_code) values (cast(? as uuid), ?, 'BASTAD'), "
        + "(cast(? as uuid), ?, null)").params(first, round, second, round).update();
    List<String> before = List.of(
        first + " BASTAD P_LITTERING BIG 3", first + " BASTAD B_AGE 25_44 null",
        first + " BASTAD P_SPEEDING DK null", second + " null P_LITTERING NONE 0");
    jdbc.sql("""
        insert into survey_answer (response_id, round_id, area_code, item_code, option_code, value) values
        (cast(? as uuid), ?, 'BASTAD', 'P_LITTERING', 'BIG', 3), (cast(? as uuid), ?, 'BASTAD', 'B_AGE', '25_44', null),
        (cast(? as uuid), ?, 'BASTAD', 'P_SPEEDING', 'DK', null),
        (cast(? as uuid), ?, null, 'P_LITTERING', 'NONE', 0)""")
        .params(first, round, first, round, first, round, second, round).update();

    // The upgrade, configured as the app configures it.
    Properties app = new Properties();
    try (var in = getClass().getResourceAsStream("/application.properties")) {
      app.load(in);
    }
    Flyway.configure().dataSource(db).locations(app.getProperty("spring.flyway.locations"))
        .outOfOrder(Boolean.parseBoolean(app.getProperty("spring.flyway.out-of-order"))).load().migrate();

    assertThat(jdbc.sql("""
        select response_id || ' ' || coalesce(area_code, 'null') || ' ' || item_code || ' ' || option_code || ' '
               || coalesce(cast(value as text), 'null')
        from survey_answer""").query(String.class).list()).containsExactlyInAnyOrderElementsOf(before);
    byte[] answers = jdbc.sql("select answers from survey_response where id = cast(? as uuid)").param(second)
        .query(byte[].class).single();
    int items = jdbc.sql("select jsonb_array_length(items) from survey_template where id = ?").param(template)
        .query(Integer.class).single();
    assertThat(answers).hasSize(items);
    assertThat(answers[0]).as("P_LITTERING, the first item, answered NONE, its first option").isEqualTo((byte) 1);
  }
}
