package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's two steps of an answer import (the header read into a mapping form; the form posted), its page,
 * and the background queue's states: RUNNING until done, FAILED with the problems, and an import a crash left
 * RUNNING run again at start from its spooled file, or marked FAILED when the file is gone. Kommun 0560
 * (Boxholm) is used by no other test.
 */
@IntegrationTest
class SurveyAnswerImportAdminIntegrationTests {

  static final String FILE = "lopnr;omrade;q1;vikt\n1;N;4;1,0\n2;S;9;1,0\n3;N;1;0,5\n";

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;
  @Autowired AnswerImportQueue queue;
  @Autowired JsonMapper json;

  SurveyRound draft() {
    return fixtures.draft("0560", "OPEN", List.of(new RoundRequest.Area("N", "Norra Boxholm"),
        new RoundRequest.Area("S", "Södra Boxholm")), LocalDate.of(2018, 3, 1), LocalDate.of(2018, 4, 30));
  }

  @Test
  void theFilesHeaderBecomesAMappingFormWhosePostImportsTheAnswers() throws Exception {
    Member coordinator = people.coordinator("0560");
    SurveyRound round = draft();
    mvc.perform(get("/admin/enkater/" + round.id()).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Importera svar från en tidigare mätning")));
    String form = mvc.perform(multipart("/admin/enkater/" + round.id() + "/svar")
        .file(new MockMultipartFile("file", "boxholm-2018.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)))
        .param("mappingName", "").with(user(coordinator)).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    // One row per column of the header, in order.
    assertThat(form).contains("name=\"column[0]\" value=\"lopnr\"", "name=\"column[3]\" value=\"vikt\"",
        "id=\"target[2]\"");
    String upload = form.replaceAll("(?s).*name=\"upload\" value=\"([^\"]+)\".*", "$1");

    // A value table naming an option the item does not have: shown beside its field, nothing imported.
    mvc.perform(post("/admin/enkater/" + round.id() + "/svar/mappning").with(user(coordinator)).with(csrf())
        .param("upload", upload).param("fileName", "boxholm-2018.csv")
        .param("column[0]", "lopnr").param("column[1]", "omrade").param("column[2]", "q1").param("column[3]", "vikt")
        .param("target[1]", AREA_TARGET).param("target[2]", "P_LITTERING")
        .param("values[2]", "1=NONE; 4=HUGE").param("dontKnow", "9"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"values[2]-error\"")))
        .andExpect(content().string(containsString("P_LITTERING has no option HUGE")));
    assertThat(jdbc.sql("select count(*) from survey_response where round_id = ?").param(round.id())
        .query(Long.class).single()).isZero();

    String location = mvc.perform(post("/admin/enkater/" + round.id() + "/svar/mappning").with(user(coordinator))
        .with(csrf()).param("upload", upload).param("fileName", "boxholm-2018.csv")
        .param("column[0]", "lopnr").param("column[1]", "omrade").param("column[2]", "q1").param("column[3]", "vikt")
        .param("target[1]", AREA_TARGET).param("target[2]", "P_LITTERING")
        .param("values[2]", "1=NONE; 4=BIG").param("dontKnow", "9").param("saveAs", "Boxholm 2018"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).matches("/admin/enkater/" + round.id() + "/svar/importer/\\d+");
    waitUntilEnded(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    mvc.perform(get(location).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("3 svar importerades.")));
    assertThat(jdbc.sql("select option_code from survey_answer where round_id = ? order by option_code")
        .param(round.id()).query(String.class).list()).containsExactly("BIG", "DK", "NONE");
    assertThat(fixtures.standard().id()).isEqualTo(round.templateId());

    // The saved mapping is offered for the next round, and picking it imports straight away.
    SurveyRound next = draft();
    mvc.perform(get("/admin/enkater/" + next.id()).with(user(coordinator)))
        .andExpect(content().string(containsString("<option value=\"Boxholm 2018\">Boxholm 2018</option>")));
    String again = mvc.perform(multipart("/admin/enkater/" + next.id() + "/svar")
        .file(new MockMultipartFile("file", "boxholm-2019.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)))
        .param("mappingName", "Boxholm 2018").with(user(coordinator)).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    waitUntilEnded(Long.parseLong(again.substring(again.lastIndexOf('/') + 1)));
    assertThat(jdbc.sql("select status from survey_round where id = ?").param(next.id()).query(String.class)
        .single()).isEqualTo("CLOSED");
    // Another kommun's coordinator sees neither the import nor the form.
    mvc.perform(get(again).with(user(people.coordinator("0512")))).andExpect(status().isForbidden());
  }

  @Test
  void aRefusedFileIsShownWithLineColumnAndReasonOnItsImportPage() throws Exception {
    Member coordinator = people.coordinator("0560");
    SurveyRound round = draft();
    AnswerMapping mapping = json.readValue("{\"columns\":[{\"column\":\"q1\",\"item\":\"P_LITTERING\"}]}",
        AnswerMapping.class);
    long id = queue.submit(coordinator, round.id(), mapping, null, "fel.csv",
        queue.spool(new java.io.ByteArrayInputStream("q1\nBIG\nHUGE\n".getBytes(StandardCharsets.UTF_8))),
        Duration.ofSeconds(60)).importId();
    assertThat(queue.view(coordinator, id).status()).isEqualTo("FAILED");
    mvc.perform(get("/admin/enkater/" + round.id() + "/svar/importer/" + id).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Filen importerades inte: 1 fel. Ingenting sparades.")))
        .andExpect(content().string(containsString("<td>3</td><td>q1</td>")))
        .andExpect(content().string(containsString("not an option of P_LITTERING")));
    assertThat(jdbc.sql("select status from survey_round where id = ?").param(round.id()).query(String.class)
        .single()).isEqualTo("DRAFT");
  }

  @Test
  void theQueueRunsInTheBackgroundAndResumesAnImportACrashLeftRunning() throws Exception {
    Member coordinator = people.coordinator("0560");
    AnswerMapping mapping = json.readValue("{\"columns\":[{\"column\":\"q1\",\"item\":\"P_LITTERING\"}]}",
        AnswerMapping.class);
    StringBuilder lines = new StringBuilder("q1\n");
    for (int i = 0; i < 60_000; i++) {
      lines.append(i % 4).append('\n');
    }
    // Acknowledged at once (no wait): recorded RUNNING, then DONE in the background with every line.
    SurveyRound round = draft();
    long id = queue.submit(coordinator, round.id(), mapping, null, "lang.csv", queue.spool(
        new java.io.ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8))), Duration.ZERO)
        .importId();
    assertThat(jdbc.sql("select status from survey_answer_import where id = ?").param(id).query(String.class)
        .single()).isIn("RUNNING", "DONE");
    // While it runs, its view shows how far it has got: lines checked, then responses stored of the file's lines.
    AnswerImportView.Progress seen = null;
    for (AnswerImportView v = queue.find(id).orElseThrow(); v.running(); v = queue.find(id).orElseThrow()) {
      if (v.progress() != null && (v.progress().linesChecked() > 0 || v.progress().linesStored() > 0)) {
        seen = v.progress();
      }
      Thread.sleep(20);
    }
    assertThat(seen).as("a progress seen while the import ran").isNotNull();
    assertThat(seen.percent()).isBetween(0, 99);
    assertThat(seen.lines()).isIn(null, 60_000L);
    AnswerImportView done = waitUntilEnded(id);
    assertThat(done.status()).isEqualTo("DONE");
    assertThat(done.rows()).isEqualTo(60_000);
    assertThat(done.progress()).isNull();

    // A process died while importing: its row says RUNNING and its spooled file is still on disk.
    SurveyRound crashed = draft();
    Path file = queue.spool(new java.io.ByteArrayInputStream("q1\n3\n2\n".getBytes(StandardCharsets.UTF_8)));
    long left = jdbc.sql("""
        insert into survey_answer_import (round_id, imported_by, file_name, mapping, status, bytes, spool_name)
        values (?, ?, 'avbruten.csv', cast(? as jsonb), 'RUNNING', ?, ?) returning id""")
        .params(crashed.id(), coordinator.getUsername(), json.writeValueAsString(mapping), Files.size(file),
            file.getFileName().toString()).query(Long.class).single();
    // Another whose file is gone, two days ago; and one whose file is not here, started a minute ago: it may be
    // running on another node, so it is left alone.
    SurveyRound lost = draft();
    long gone = jdbc.sql("""
        insert into survey_answer_import (round_id, imported_by, imported_at, file_name, mapping, status, bytes,
          spool_name)
        values (?, ?, now() - interval '2 days', 'borta.csv', cast(? as jsonb), 'RUNNING', 10,
          'ffffffff-ffff-ffff-ffff-ffffffffffff.csv') returning id""")
        .params(lost.id(), coordinator.getUsername(), json.writeValueAsString(mapping)).query(Long.class).single();
    long elsewhere = jdbc.sql("""
        insert into survey_answer_import (round_id, imported_by, imported_at, file_name, mapping, status, bytes,
          spool_name)
        values (?, ?, now() - interval '1 minute', 'annan-nod.csv', cast(? as jsonb), 'RUNNING', 10,
          'eeeeeeee-ffff-ffff-ffff-ffffffffffff.csv') returning id""")
        .params(draft().id(), coordinator.getUsername(), json.writeValueAsString(mapping)).query(Long.class)
        .single();
    queue.resume();
    assertThat(waitUntilEnded(left).rows()).isEqualTo(2);
    // The spooled file goes once the import has committed (just after its row says DONE).
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(file));
    assertThat(jdbc.sql("select status from survey_round where id = ?").param(crashed.id()).query(String.class)
        .single()).isEqualTo("CLOSED");
    AnswerImportView failed = queue.view(coordinator, gone);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.failure()).contains("upload it again");
    assertThat(queue.view(coordinator, elsewhere).status()).isEqualTo("RUNNING");
    jdbc.sql("update survey_answer_import set status = 'FAILED' where id = ?").param(elsewhere).update();
    assertThat(jdbc.sql("select status from survey_round where id = ?").param(lost.id()).query(String.class)
        .single()).isEqualTo("DRAFT");
    // The audit trail names who imported, though the import ran on the queue's thread.
    assertThat(jdbc.sql("select actor from shared_audit_entry where action = 'SURVEY_ANSWERS_IMPORTED' and "
        + "entity_id = ?").param(String.valueOf(left)).query(String.class).single())
        .isEqualTo(coordinator.getUsername());
  }

  /** What the mapping form posts for the area column (AnswerImportAdminController.AREA). */
  static final String AREA_TARGET = "__AREA__";

  AnswerImportView waitUntilEnded(long importId) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    AnswerImportView view = queue.find(importId).orElseThrow();
    while (view.running() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      view = queue.find(importId).orElseThrow();
    }
    return view;
  }
}
