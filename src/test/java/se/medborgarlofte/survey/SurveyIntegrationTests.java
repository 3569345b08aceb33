package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey on PostgreSQL through the API: templates, rounds, idempotent anonymous answers, codes used once, clear
 * refusals, and the figures kept at closing. Rounds are in Båstad (1278) and Eslöv (1285); each test makes its own.
 */
@IntegrationTest
class SurveyIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;
  @Autowired AuditTrail audit;
  @Autowired JsonMapper json;
  @Autowired Submissions submissions;
  @Autowired SurveyTemplates templates;

  static String answer(String submissionId, String extra) {
    return "{\"submissionId\":\"" + submissionId + "\"" + extra
        + ",\"answers\":{\"P_LITTERING\":\"BIG\",\"P_SPEEDING\":\"DK\",\"B_AGE\":\"25_44\"}}";
  }

  long responses(long surveyId) {
    return jdbc.sql("select count(*) from survey_response where round_id = ?").param(surveyId).query(Long.class)
        .single();
  }

  @Test
  void aRepeatedSubmissionIdStoresOneResponseAndAnswers200WithTheSameBody() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    String body = answer(UUID.randomUUID().toString(), "");
    String first = mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses")
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String second = mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses")
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(second).isEqualTo(first);
    assertThat(json.readTree(first).has("id")).as("the receipt names no response").isFalse();
    assertThat(responses(round.id())).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from survey_answer where round_id = ?").param(round.id())
        .query(Long.class).single()).isEqualTo(3);
    // A submission is no change anybody audits: nothing in the trail may place an answer in time.
    assertThat(jdbc.sql("select count(*) from shared_audit_entry where action like 'SURVEY_RESPON%'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void concurrentRetriesOfOneSubmissionStoreOneResponse() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    String body = answer(UUID.randomUUID().toString(), "");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(pool.submit(() -> mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses")
          .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()));
    }
    List<Integer> got = new java.util.ArrayList<>();
    for (var f : statuses) {
      got.add(f.get());
    }
    pool.shutdown();
    assertThat(got).containsOnly(200, 201).containsOnlyOnce(201);
    assertThat(responses(round.id())).isEqualTo(1);
  }

  Submissions.OpenAnswer open(long surveyId, String submissionId) {
    return new Submissions.OpenAnswer(surveyId, Submissions.keyHash(surveyId, submissionId), UUID.randomUUID(),
        null, AnswerStore.encode(templates.standard(), java.util.Map.of("P_LITTERING", "BIG", "B_AGE", "25_44")));
  }

  /** The group commit's one statement: a key repeated in the group, a closed round's answer, and a retried group. */
  @Test
  void aGroupOfAnswersIsStoredInOneStatementWithEachKeyOnceAndNothingForAClosedRound() {
    SurveyRound open = fixtures.open("1278", "OPEN", List.of());
    SurveyRound closed = fixtures.open("1278", "OPEN", List.of());
    fixtures.close(closed.id());
    List<Submissions.OpenAnswer> group = List.of(open(open.id(), "first-key"), open(open.id(), "first-key"),
        open(closed.id(), "closed-key"), open(open.id(), "second-key"));

    assertThat(submissions.storeInOneStatement(group)).containsExactly(new Submissions.Outcome(true, true),
        new Submissions.Outcome(true, false), new Submissions.Outcome(false, false),
        new Submissions.Outcome(true, true));
    assertThat(responses(open.id())).isEqualTo(2);
    assertThat(responses(closed.id())).isZero();
    assertThat(jdbc.sql("select count(*) from survey_answer where round_id = ?").param(open.id())
        .query(Long.class).single()).isEqualTo(4);

    assertThat(submissions.storeInOneStatement(group)).as("the same group again: a retry of every answer")
        .containsExactly(new Submissions.Outcome(true, false), new Submissions.Outcome(true, false),
            new Submissions.Outcome(false, false), new Submissions.Outcome(true, false));
    assertThat(responses(open.id())).isEqualTo(2);
  }

  /** Many answers at once go through the group commit: every 201 is stored, and only those. */
  @Test
  void manyConcurrentAnswersAreEachAcknowledgedOnceStored() throws Exception {
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String body = answer(i % 50 == 0 ? "repeated-key" : UUID.randomUUID().toString(), "");
      statuses.add(pool.submit(() -> mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses")
          .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()));
    }
    List<Integer> got = new java.util.ArrayList<>();
    for (var f : statuses) {
      got.add(f.get());
    }
    pool.shutdown();
    assertThat(got.stream().filter(s -> s == 201).count()).isEqualTo(197);
    assertThat(got.stream().filter(s -> s == 200).count()).isEqualTo(3);
    assertThat(responses(round.id())).isEqualTo(197);
  }

  @Test
  void noColumnOfAnAnswerTableCanHoldAnAddressAnAgentOrATime() {
    List<String> tables = List.of("survey_response", "survey_answer", "survey_submission", "survey_invitation");
    var columns = jdbc.sql("""
        select table_name || '.' || column_name || ' ' || data_type from information_schema.columns
        where table_name = any(cast(? as text[]))""").param(tables.toArray(String[]::new)).query(String.class)
        .list();
    // The exact list: a column added later must be looked at here, and its type and name pass the checks below.
    // survey_answer is a view of survey_response.answers (AnswerStore), listed so that it is checked too.
    assertThat(columns).containsExactlyInAnyOrder("survey_response.id uuid", "survey_response.round_id bigint",
        "survey_response.area_code character varying", "survey_response.answers bytea",
        "survey_answer.response_id uuid", "survey_answer.round_id bigint",
        "survey_answer.area_code character varying", "survey_answer.item_code text", "survey_answer.option_code text",
        "survey_answer.value double precision", "survey_submission.round_id bigint",
        "survey_submission.key_hash bytea", "survey_invitation.round_id bigint",
        "survey_invitation.code character varying", "survey_invitation.batch integer",
        "survey_invitation.used boolean");
    assertThat(columns).noneMatch(c -> c.matches("(?i).*(timestamp|time |interval|inet|cidr|macaddr|date).*"));
    // No column named for a person, an address, an agent or a moment (words between underscores).
    assertThat(columns).noneMatch(c -> c.matches(
        "(?i)[a-z_]+\\.([a-z]+_)*(ip|addr|address|agent|user|username|created|time|when|at|on|date|ts)(_[a-z]+)* .*"));
    // Nothing refers from an answer to a code or a retry key, nor back.
    var references = jdbc.sql("""
        select tc.table_name || '->' || ccu.table_name from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = any(cast(? as text[]))""")
        .param(tables.toArray(String[]::new)).query(String.class).list();
    assertThat(references).containsOnly("survey_response->survey_round", "survey_submission->survey_round",
        "survey_invitation->survey_round");
  }

  @Test
  void aClosedOrUnopenedRoundAnswers409AndAnUnknownItemOrOption422NamingIt() throws Exception {
    SurveyRound draft = fixtures.draft("1278", "OPEN", List.of());
    mvc.perform(post("/api/v1/surveys/" + draft.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), "")))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
            .containsString("not open yet")));
    SurveyRound round = fixtures.open("1278", "OPEN", List.of());
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content("{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{\"P_LITTERING\":\"HUGE\","
                + "\"NO_SUCH\":\"BIG\"}}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'answers.P_LITTERING')].message")
            .value("no option HUGE for item P_LITTERING"))
        .andExpect(jsonPath("$.errors[?(@.field == 'answers.NO_SUCH')].message")
            .value("no item NO_SUCH in this survey"));
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content("{\"submissionId\":\"x\",\"answers\":{}}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'submissionId')]").exists());
    fixtures.close(round.id());
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), "")))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
            .containsString("closed")));
    mvc.perform(post("/api/v1/surveys/999999999/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), "")))
        .andExpect(status().isNotFound());
    assertThat(responses(round.id())).isZero();
  }

  @Test
  void anInvitationCodeIsUsedOnceAndLeftUnlinkedAndIsGoneAfterClosing() throws Exception {
    Member coordinator = people.coordinator("1278");
    SurveyRound round = fixtures.open("1278", "INVITATION", List.of());
    String codes = mvc.perform(post("/api/v1/surveys/" + round.id() + "/invitations")
            .contentType(MediaType.APPLICATION_JSON).content("{\"count\":3}")
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.codes.length()").value(3))
        .andReturn().getResponse().getContentAsString();
    String code = json.readTree(codes).get("codes").get(0).asString();
    String typed = code.substring(0, 5).toLowerCase() + "-" + code.substring(5);
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), "")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("invitationCode"));
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), ",\"invitationCode\":\"" + typed + "\"")))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), ",\"invitationCode\":\"" + code + "\"")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("this invitation code has been used already"));
    mvc.perform(post("/api/v1/surveys/" + round.id() + "/responses").contentType(MediaType.APPLICATION_JSON)
            .content(answer(UUID.randomUUID().toString(), ",\"invitationCode\":\"AAAAAAAAAA\"")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("no such invitation code for this survey"));
    assertThat(responses(round.id())).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from survey_invitation where round_id = ? and used").param(round.id())
        .query(Long.class).single()).isEqualTo(1);
    fixtures.close(round.id());
    assertThat(jdbc.sql("select count(*) from survey_invitation where round_id = ?").param(round.id())
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from survey_submission where round_id = ?").param(round.id())
        .query(Long.class).single()).isZero();
    assertThat(responses(round.id())).isEqualTo(1);
  }

  @Test
  void aCoordinatorBuildsOpensAndClosesHerKommunsRoundWithAuditButNotAnotherKommuns() throws Exception {
    Member coordinator = people.coordinator("1278");
    long template = fixtures.standard().id();
    String body = "{\"templateId\":" + template + ",\"municipalityCode\":\"1278\",\"title\":\"Trygghetsmätning\","
        + "\"opensOn\":\"2026-01-01\",\"closesOn\":\"2099-12-31\",\"mode\":\"OPEN\",\"areas\":[{\"code\":\"TOREKOV\","
        + "\"name\":\"Torekov mätområde " + UUID.randomUUID().toString().substring(0, 6) + "\"}]}";
    String created = mvc.perform(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.minimumCellSize").value(30))
        .andExpect(jsonPath("$.areas[0].placeId").isNumber())
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    Member other = people.coordinator("1285");
    mvc.perform(post("/api/v1/surveys/" + id + "/open").with(httpBasic(other.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/surveys/" + id + "/open").with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
    mvc.perform(post("/api/v1/surveys/" + id + "/open").with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isConflict());
    fixtures.answer(id, "TOREKOV", 2, "P_LITTERING", "BIG");
    fixtures.answer(id, null, 1, "P_LITTERING", "DK");
    mvc.perform(post("/api/v1/surveys/" + id + "/close").with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.responses").value(3));
    assertThat(audit.forEntity("SurveyRound", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("SURVEY_ROUND_CREATED", "SURVEY_ROUND_OPENED", "SURVEY_ROUND_CLOSED");
    mvc.perform(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("\"OPEN\"", "\"POSTAL\"").replace("2026-01-01", "2100-01-01"))
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'mode')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'closesOn')]").exists());
    mvc.perform(post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("\"OPEN\"", "\"OPEN\",\"minimumCellSize\":9"))
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("minimumCellSize"));
  }

  @Test
  void anAdminAddsATemplateVersionAndAFrozenTemplateCannotChange() throws Exception {
    Member admin = people.admin();
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String template = "{\"code\":\"" + code + "\",\"name\":\"Kort enkät\",\"items\":[{\"code\":\"Q1\",\"group\":"
        + "\"PROBLEM\",\"textSv\":\"Klotter?\",\"textEn\":\"Graffiti?\",\"type\":\"YES_NO\",\"category\":\"VANDALISM\","
        + "\"options\":[{\"code\":\"NO\",\"labelSv\":\"Nej\",\"labelEn\":\"No\",\"value\":0},{\"code\":\"YES\","
        + "\"labelSv\":\"Ja\",\"labelEn\":\"Yes\",\"value\":1}],\"topBox\":[\"YES\"]}]}";
    String first = mvc.perform(post("/api/v1/survey-templates").contentType(MediaType.APPLICATION_JSON)
            .content(template).with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1))
        .andReturn().getResponse().getContentAsString();
    mvc.perform(post("/api/v1/survey-templates").contentType(MediaType.APPLICATION_JSON)
            .content(template).with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
    Member coordinator = people.coordinator("1278");
    mvc.perform(post("/api/v1/survey-templates").contentType(MediaType.APPLICATION_JSON)
            .content(template).with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/survey-templates").contentType(MediaType.APPLICATION_JSON)
            .content(template.replace("\"topBox\":[\"YES\"]", "\"topBox\":[\"MAYBE\"]")
                .replace("VANDALISM", "NOT_A_CATEGORY")).with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("items[0].topBox"));
    // The standard template is used by opened rounds, so it is frozen.
    fixtures.open("1278", "OPEN", List.of());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .put("/api/v1/survey-templates/" + fixtures.standard().id()).contentType(MediaType.APPLICATION_JSON)
            .content(template).with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isConflict());
    long id = json.readTree(first).get("id").asLong();
    mvc.perform(get("/api/v1/survey-templates/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].topBox[0]").value("YES")).andExpect(jsonPath("$.frozen").value(false));
  }

  @Test
  void closingKeepsFiguresThatSuppressSmallCellsEverywhereInTheResults() throws Exception {
    String area = "A" + UUID.randomUUID().toString().substring(0, 6);
    SurveyRound round = fixtures.open("1285", "OPEN", List.of(new RoundRequest.Area(area, "Område " + area)));
    fixtures.answer(round.id(), area, 20, "P_LITTERING", "BIG");
    fixtures.answer(round.id(), area, 9, "P_LITTERING", "NONE");
    fixtures.answer(round.id(), null, 1, "P_LITTERING", "NONE");
    fixtures.answer(round.id(), area, 29, "P_DRUGS_OPEN", "SMALL");
    mvc.perform(get("/api/v1/surveys/" + round.id() + "/results")).andExpect(status().isConflict());
    fixtures.close(round.id());
    mvc.perform(get("/api/v1/surveys/" + round.id() + "/results")).andExpect(status().isOk())
        .andExpect(jsonPath("$.responses").value(59))
        .andExpect(jsonPath("$.minimumCellSize").value(30))
        // The whole kommun: 30 valid answers to littering, shown; 29 to open drugs, suppressed.
        .andExpect(jsonPath("$.areas[0].area").value("ALL"))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_LITTERING')].n").value(30))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_LITTERING')].topBoxShare").value(20.0 / 30))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_LITTERING')].mean").value(2.0))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_DRUGS_OPEN')].suppressed").value(true))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_DRUGS_OPEN')].n").value(
            org.hamcrest.Matchers.contains((Object) null)))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_DRUGS_OPEN')].distribution").value(
            org.hamcrest.Matchers.contains((Object) null)))
        // The area: 29 answers to littering there, suppressed.
        .andExpect(jsonPath("$.areas[1].area").value(area))
        .andExpect(jsonPath("$.areas[1].items[?(@.itemCode == 'P_LITTERING')].suppressed").value(true))
        .andExpect(jsonPath("$.areas[1].items[?(@.itemCode == 'P_LITTERING')].mean").value(
            org.hamcrest.Matchers.contains((Object) null)));
  }
}
