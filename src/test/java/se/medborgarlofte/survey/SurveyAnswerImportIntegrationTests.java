package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing the answers of an earlier round (mikrodata) through a column mapping: the figures equal those of the
 * same answers given through the form, a saved mapping is reused, and every broken file is refused whole naming
 * line, column, value and reason, changing nothing. Haparanda (2583), Boden (2523), Övertorneå (2514) and Vingåker
 * (0509) are used by no other test.
 */
@IntegrationTest
class SurveyAnswerImportIntegrationTests {

  static final String MAPPING = """
      {"areaColumn":"omrade","dontKnow":["9"],"columns":[
        {"column":"q1","item":"P_LITTERING","values":{"1":"NONE","2":"SMALL","3":"FAIRLY","4":"BIG"}},
        {"column":"q2","item":"P_VANDALISM"}]}""";
  static final List<RoundRequest.Area> AREAS = List.of(new RoundRequest.Area("N", "Norr"),
      new RoundRequest.Area("S", "Söder"));

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;
  @Autowired Submissions submissions;
  @Autowired SurveyResults results;
  @Autowired JsonMapper json;

  SurveyRound draft2019(String kommun, List<RoundRequest.Area> areas) {
    return fixtures.draft(kommun, "OPEN", areas, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 30));
  }

  ResultActions importInline(long round, byte[] file, String mapping, String saveAs, Member as) throws Exception {
    var request = multipart("/api/v1/surveys/" + round + "/answers/imports")
        .file(new MockMultipartFile("file", "postenkat-2019.csv", "text/csv", file)).param("mapping", mapping);
    if (saveAs != null) {
      request.param("saveMappingAs", saveAs);
    }
    return mvc.perform(as == null ? request : request.with(httpBasic(as.getUsername(), People.PASSWORD)));
  }

  static byte[] file(String name) throws IOException {
    return new ClassPathResource("survey/answers/" + name).getContentAsByteArray();
  }

  /** 60 respondents: q1 cycles 1,2,3,4,9,blank; q2 cycles BIG, fairly, 0, "1,0"; the area alternates N, S. */
  static String contractorFile() {
    String[] q1 = {"1", "2", "3", "4", "9", ""};
    String[] q2 = {"BIG", "fairly", "0", "1,0"};
    StringBuilder csv = new StringBuilder("\uFEFFlopnr;vikt;omrade;q1;q2;datum\r\n");
    for (int i = 0; i < 60; i++) {
      csv.append(1000 + i).append(";1,0;").append(i % 2 == 0 ? "N" : "s").append(';').append(q1[i % 6]).append(';')
          .append(q2[i % 4]).append(";2019-03-").append(10 + i % 20).append("\r\n");
    }
    return csv.toString();
  }

  long responses(long round) {
    return jdbc.sql("select count(*) from survey_response where round_id = ?").param(round).query(Long.class)
        .single();
  }

  @Test
  void aContractorsFileGivesTheFiguresOfTheSameAnswersGivenThroughTheForm() throws Exception {
    Member coordinator = people.coordinator("2583");
    SurveyRound round = draft2019("2583", AREAS);
    importInline(round.id(), contractorFile().getBytes(StandardCharsets.UTF_8), MAPPING, "Postenkät 2019",
        coordinator)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.rows").value(60))
        .andExpect(jsonPath("$.mappingName").value("Postenkät 2019"));
    assertThat(fixtures.standard().id()).isEqualTo(round.templateId());
    mvc.perform(get("/api/v1/surveys/" + round.id()).with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.responses").value(60));

    // By hand: q1 gives NONE, SMALL, FAIRLY, BIG, "don't know" and blank ten times each: n = 40, mean
    // (0·10 + 1·10 + 2·10 + 3·10)/40 = 1.5, top box (FAIRLY, BIG) 20/40.
    mvc.perform(get("/api/v1/surveys/" + round.id() + "/results"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.responses").value(60))
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_LITTERING')].n").value(40))
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_LITTERING')].mean").value(1.5))
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_LITTERING')].topBoxShare")
            .value(0.5))
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_LITTERING')].distribution.DK")
            .value(10))
        // q2: BIG, FAIRLY (written "fairly"), NONE (value 0) and SMALL (value "1,0") fifteen times each.
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_VANDALISM')].n").value(60))
        .andExpect(jsonPath("$.areas[?(@.area=='ALL')].items[?(@.itemCode=='P_VANDALISM')].distribution.SMALL")
            .value(15))
        // Each area has 20 valid answers to q1: below 30, so suppressed.
        .andExpect(jsonPath("$.areas[?(@.area=='N')].items[?(@.itemCode=='P_LITTERING')].suppressed")
            .value(true));

    // The same answers through the public form, in another kommun with no earlier round: the same figures.
    SurveyRound same = fixtures.open("2523", "OPEN", AREAS);
    String[] q1 = {"NONE", "SMALL", "FAIRLY", "BIG", "DK", null};
    String[] q2 = {"BIG", "FAIRLY", "NONE", "SMALL"};
    for (int i = 0; i < 60; i++) {
      Map<String, String> answers = new HashMap<>();
      if (q1[i % 6] != null) {
        answers.put("P_LITTERING", q1[i % 6]);
      }
      answers.put("P_VANDALISM", q2[i % 4]);
      submissions.submit(same.id(), new SubmissionRequest(UUID.randomUUID().toString(), null, i % 2 == 0 ? "N" : "S",
          answers));
    }
    fixtures.close(same.id());
    assertThat(results.stored(round.id()).orElseThrow().areas())
        .isEqualTo(results.stored(same.id()).orElseThrow().areas());

    // The imported round is one of the kommun's rounds in the trend, like any closed round.
    mvc.perform(get("/api/v1/municipalities/2583/survey-trends").param("item", "P_LITTERING"))
        .andExpect(jsonPath("$.points[0].source").value("ROUND"))
        .andExpect(jsonPath("$.points[0].surveyId").value(round.id()));
    // Audited as the coordinator, with the file and the count; nothing of a respondent or a line is kept.
    assertThat(jdbc.sql("select actor from shared_audit_entry where action = 'SURVEY_ANSWERS_IMPORTED' "
        + "and after_state ->> 'surveyId' = ?").param(String.valueOf(round.id())).query(String.class).list())
        .containsExactly(coordinator.getUsername());
    assertThat(jdbc.sql("select after_state ->> 'file' from shared_audit_entry where action = "
        + "'SURVEY_ANSWERS_IMPORTED' and after_state ->> 'surveyId' = ?").param(String.valueOf(round.id()))
        .query(String.class).single()).isEqualTo("postenkat-2019.csv");
    // A second import into it: the round is closed and has its answers.
    importInline(round.id(), contractorFile().getBytes(StandardCharsets.UTF_8), MAPPING, null, coordinator)
        .andExpect(status().isConflict());
    assertThat(responses(round.id())).isEqualTo(60);
  }

  @Test
  void aSavedMappingIsReusedAndOnlyItsKommunReadsOrWritesIt() throws Exception {
    Member coordinator = people.coordinator("2514");
    Member other = people.coordinator("0509");
    String path = "/api/v1/municipalities/2514/survey-answer-mappings/";
    mvc.perform(put(path + "Kontraktor AB").contentType(MediaType.APPLICATION_JSON).content(MAPPING)
        .with(httpBasic(coordinator.getUsername(), People.PASSWORD))).andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Kontraktor AB"))
        .andExpect(jsonPath("$.mapping.columns[0].values.4").value("BIG"));
    mvc.perform(put(path + "Kontraktor AB").contentType(MediaType.APPLICATION_JSON).content(MAPPING)
        .with(httpBasic(other.getUsername(), People.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get(path + "Kontraktor AB").with(httpBasic(other.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/municipalities/2514/survey-answer-mappings")
        .with(httpBasic(other.getUsername(), People.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/municipalities/2514/survey-answer-mappings")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/municipalities/2514/survey-answer-mappings")
        .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].name").value("Kontraktor AB"));
    mvc.perform(get(path + "Ingen").with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isNotFound());
    // A mapping naming an item no template has, or an option its item lacks, is refused naming the field.
    mvc.perform(put(path + "Fel").contentType(MediaType.APPLICATION_JSON)
        .content("{\"columns\":[{\"column\":\"q1\",\"item\":\"P_NOPE\"},{\"column\":\"q2\",\"item\":\"P_VANDALISM\","
            + "\"values\":{\"5\":\"HUGE\"}}]}")
        .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("columns[0].item"))
        .andExpect(jsonPath("$.errors[1].field").value("columns[1].values.5"));

    SurveyRound round = draft2019("2514", AREAS);
    String twoLines = "lopnr;omrade;q1;q2\n1;N;4;BIG\n2;S;9;SMALL\n";
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/answers/imports").param("mappingName", "Kontraktor AB")
        .contentType("text/csv").content(twoLines).with(httpBasic(other.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/answers/imports").param("mappingName", "Kontraktor AB")
        .contentType("text/csv").content(twoLines)).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/answers/imports").param("mappingName", "Ingen")
        .contentType("text/csv").content(twoLines).with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("mappingName"));
    assertThat(responses(round.id())).isZero();
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/answers/imports").param("mappingName", "Kontraktor AB")
        .contentType("text/csv").content(twoLines).with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.rows").value(2))
        .andExpect(jsonPath("$.mappingName").value("Kontraktor AB"));
    assertThat(jdbc.sql("select option_code from survey_answer where round_id = ? and item_code = 'P_LITTERING' "
        + "order by option_code").param(round.id()).query(String.class).list()).containsExactly("BIG", "DK");
  }

  @Test
  void everyBrokenFileIsRefusedWholeNamingLineColumnValueAndReasonAndChangesNothing() throws Exception {
    Member admin = people.admin();
    SurveyRound round = draft2019("2583", AREAS);
    importInline(round.id(), file("tab-separated.csv"), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(3))
        .andExpect(jsonPath("$.errors[0].line").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("q1"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("separated by ';' or ','")));
    importInline(round.id(), file("missing-column.csv"), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(1))
        .andExpect(jsonPath("$.errors[0].line").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("q1"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("the mapping's column q1 is not in the file")));
    importInline(round.id(), file("empty.csv"), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(1))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("the file is empty")));
    importInline(round.id(), "lopnr;omrade;q1;q2\n".getBytes(StandardCharsets.UTF_8), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].message").value("the file has a header but no answers"));
    // A binary file with the right header: its NULs cannot be kept as they are (a 500 before, found by probing).
    java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    binary.writeBytes("lopnr;omrade;q1;q2\n1;N;a\u0000b;2\n2;N;".getBytes(StandardCharsets.UTF_8));
    for (int b = 0; b < 256; b++) {
      binary.write(b == ';' || b == '\n' || b == '\r' ? 0 : b);
    }
    importInline(round.id(), binary.toByteArray(), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("q1"))
        .andExpect(jsonPath("$.errors[0].value").value("a\uFFFDb"));
    importInline(round.id(), file("unknown-option.csv"), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(4))
        .andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("q1"))
        .andExpect(jsonPath("$.errors[0].value").value("7"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("not an option of P_LITTERING: give one of "
            + "NONE, SMALL, FAIRLY, BIG, DK")))
        .andExpect(jsonPath("$.errors[1].line").value(4))
        .andExpect(jsonPath("$.errors[1].field").value("q2"))
        .andExpect(jsonPath("$.errors[1].value").value("MUCH"))
        .andExpect(jsonPath("$.errors[2].line").value(5))
        .andExpect(jsonPath("$.errors[2].field").value("omrade"))
        .andExpect(jsonPath("$.errors[2].message").value("not an area of the round: its areas are N, S"))
        .andExpect(jsonPath("$.errors[3].line").value(6))
        .andExpect(jsonPath("$.errors[3].message").value("has 4 fields, the header 5"));
    // Line 2 of that file was good, and still nothing was stored; the round is still an empty draft.
    assertThat(responses(round.id())).isZero();
    mvc.perform(get("/api/v1/surveys/" + round.id()).with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(jsonPath("$.status").value("DRAFT"));
    // Each refusal is in the round's import history with its problems.
    mvc.perform(get("/api/v1/surveys/" + round.id() + "/answers/imports")
        .with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[1].errors[0].value").value("a\uFFFDb"))
        .andExpect(jsonPath("$[0].status").value("FAILED"))
        .andExpect(jsonPath("$[0].errorCount").value(4))
        .andExpect(jsonPath("$[0].errors[0].value").value("7"));
    // A mapping that does not fit the round: an area column for a round without areas.
    SurveyRound noAreas = draft2019("2583", List.of());
    importInline(noAreas.id(), file("missing-column.csv"), MAPPING, null, admin)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("areaColumn"));
    // Open and closed rounds take no import.
    SurveyRound open = fixtures.open("2583", "OPEN", List.of());
    importInline(open.id(), contractorFile().getBytes(StandardCharsets.UTF_8), MAPPING.replace(
        "\"areaColumn\":\"omrade\",", ""), null, admin)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("is OPEN")));
    assertThat(responses(open.id())).isZero();
    // The wrong kommun's coordinator, and nobody signed in.
    importInline(round.id(), contractorFile().getBytes(StandardCharsets.UTF_8), MAPPING, null,
        people.coordinator("0509")).andExpect(status().isForbidden());
    importInline(round.id(), contractorFile().getBytes(StandardCharsets.UTF_8), MAPPING, null, null)
        .andExpect(status().isUnauthorized());
    assertThat(responses(round.id())).isZero();
  }

  @Test
  void aWindows1252FileIsDecodedAsSwedishSpreadsheetsSaveIt() throws Exception {
    SurveyRound round = draft2019("2523", List.of(new RoundRequest.Area("V", "Väster"),
        new RoundRequest.Area("O", "Öster")));
    importInline(round.id(), file("windows-1252.csv"), MAPPING, null, people.admin())
        .andExpect(status().isCreated()).andExpect(jsonPath("$.rows").value(3));
    assertThat(jdbc.sql("select area_code from survey_response where round_id = ? order by area_code nulls last")
        .param(round.id()).query(String.class).list()).containsExactly("O", "V", null);
  }

  /**
   * 50 MB: streamed to disk and read as a stream (three times), never held whole, so it is accepted. Its lines are
   * wide, as contractors' files with free-text columns are: 2 500 respondents with a 20 KB comment we drop.
   */
  @Test
  void aFiftyMegabyteFileIsStreamedAndAccepted() throws Exception {
    SurveyRound round = draft2019("0509", AREAS);
    String comment = "x".repeat(21_000);
    StringBuilder csv = new StringBuilder(52_500_000).append("lopnr;kommentar;omrade;q1;q2\n");
    for (int i = 0; i < 2_500; i++) {
      csv.append(i).append(';').append(comment).append(';').append(i % 2 == 0 ? "N" : "S").append(";4;BIG\n");
    }
    byte[] big = csv.toString().getBytes(StandardCharsets.US_ASCII);
    assertThat(big.length).isGreaterThan(50 * 1024 * 1024);
    Member admin = people.admin();
    String body = importInline(round.id(), big, MAPPING, null, admin).andReturn().getResponse()
        .getContentAsString();
    long importId = json.readTree(body).get("importId").asLong();
    long deadline = System.currentTimeMillis() + 180_000;
    String status = json.readTree(body).get("status").asString();
    while ("RUNNING".equals(status) && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      status = json.readTree(mvc.perform(get("/api/v1/surveys/" + round.id() + "/answers/imports/" + importId)
          .with(httpBasic(admin.getUsername(), People.PASSWORD))).andReturn().getResponse().getContentAsString())
          .get("status").asString();
    }
    assertThat(status).isEqualTo("DONE");
    assertThat(responses(round.id())).isEqualTo(2_500);
  }
}
