package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports in the background on PostgreSQL. An import is made to outlast the request's wait by holding the advisory
 * lock imports take (as a long import running before it would): the request answers 202, the import is RUNNING and
 * recorded, and it finishes (or fails, with its errors) once the lock is released. A RUNNING import left by a dead
 * process runs again at start. Uses Eslöv (1285) and Höör (1267), which no other test gives figures.
 */
@IntegrationTest
class CrimeStatisticsBackgroundImportIntegrationTests {

  private static final long IMPORT_LOCK = 30_000_001L;

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired JsonMapper json;
  @Autowired CrimeStatisticsImportQueue queue;

  private static String file(String... rows) {
    StringBuilder b = new StringBuilder("status;period;area_code;crime_type;count;note\n");
    for (String row : rows) {
      b.append(row).append(';').append(UUID.randomUUID()).append('\n');
    }
    return b.toString();
  }

  private String postAccepted(String csv) throws Exception {
    return mvc.perform(post("/api/v1/crime-statistics/imports").contentType("text/csv")
        .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic(people.admin().getUsername(), People.PASSWORD)))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/crime-statistics/imports/")))
        .andExpect(jsonPath("$.status").value("RUNNING"))
        .andReturn().getResponse().getContentAsString();
  }

  private JsonNode importStatus(long id) throws Exception {
    return json.readTree(mvc.perform(get("/api/v1/crime-statistics/imports/" + id)
        .with(httpBasic(people.admin().getUsername(), People.PASSWORD))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  private JsonNode awaitEnd(long id) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode s = importStatus(id);
      if (!"RUNNING".equals(s.get("status").asString())) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " still running after 30 s");
  }

  @Test
  void aLongImportAnswers202AndIsFollowedToDone() throws Exception {
    long id;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_advisory_lock(" + IMPORT_LOCK + ")");
      try {
        id = json.readTree(postAccepted(file("FINAL;2019;1285;TOTAL;321", "PRELIMINARY;2020Q1;1285;TOTAL;80")))
            .get("importId").asLong();
        JsonNode running = importStatus(id);
        assertThat(running.get("status").asString()).isEqualTo("RUNNING");
        assertThat(running.get("progressPercent").asInt()).isBetween(0, 99);
        assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code = '1285'").query(Integer.class)
            .single()).isZero();
      } finally {
        // A session lock outlives the pooled connection's close: always release it, or every later import waits.
        s.execute("select pg_advisory_unlock_all()");
      }
    }
    JsonNode done = awaitEnd(id);
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(done.get("rows").asInt()).isEqualTo(2);
    assertThat(done.get("preliminaryRows").asInt()).isEqualTo(1);
    assertThat(done.has("progressPercent")).isFalse();
    assertThat(jdbc.sql("select count from crimestats_figure where area_code = '1285' and period_kind = 'Y'")
        .query(Long.class).single()).isEqualTo(321L);
  }

  @Test
  void aRejectedBackgroundImportIsFailedWithItsErrorsAndStoresNothing() throws Exception {
    long id;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_advisory_lock(" + IMPORT_LOCK + ")");
      try {
        id = json.readTree(postAccepted(file("FINAL;2019;1267;TOTAL;5", "FINAL;2019;1267;NO\u0000SUCH\u0001TYPE;5",
            "FINAL;2019K9;1267;TOTAL;5"))).get("importId").asLong();
      } finally {
        // A session lock outlives the pooled connection's close: always release it, or every later import waits.
        s.execute("select pg_advisory_unlock_all()");
      }
    }
    JsonNode failed = awaitEnd(id);
    assertThat(failed.get("status").asString()).isEqualTo("FAILED");
    assertThat(failed.get("errorCount").asInt()).isEqualTo(2);
    assertThat(failed.get("errors").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(failed.get("errors").get(0).get("field").asString()).isEqualTo("crime_type");
    // Kept with the history and read back: a NUL or another control character is shown as U+FFFD (a 500 before).
    assertThat(failed.get("errors").get(0).get("value").asString()).isEqualTo("NO\uFFFDSUCH\uFFFDTYPE");
    assertThat(failed.get("errors").get(1).get("field").asString()).isEqualTo("period");
    assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code = '1267'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  void anImportLeftRunningByADeadProcessRunsAgainAtStart() throws Exception {
    Path spooled = queue.spoolFile();
    Files.writeString(spooled, file("FINAL;2018;1285;FRAUD;17"));
    long id = jdbc.sql("""
        insert into crimestats_import (imported_by, file_name, rows, preliminary_rows, final_rows, status, bytes,
          spool_name) values ('admin', 'left-behind.csv', 0, 0, 0, 'RUNNING', ?, ?) returning id""")
        .params(Files.size(spooled), spooled.getFileName().toString()).query(Long.class).single();

    queue.resume();

    JsonNode done = awaitEnd(id);
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(jdbc.sql("select count from crimestats_figure where area_code = '1285' and crime_type = 'FRAUD'")
        .query(Long.class).single()).isEqualTo(17L);
    assertThat(spooled).doesNotExist();
  }
}
