package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import se.medborgarlofte.support.PromiseFixtures;

/**
 * The decision after the evaluation (verdicts, EXTEND/REVISE/CLOSE, the next promise), and how promise asks whether
 * an evaluation exists before it extends: through its own {@code EvaluationStatus}, which this module answers.
 */
@IntegrationTest
class DecisionIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired Decisions decisions;
  @Autowired JdbcClient jdbc;

  PromiseFixtures fx;
  Member coordinator;
  Member police;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
    coordinator = people.coordinator("1278");
    police = people.police(people.angelholm());
  }

  Promise published(String title) {
    Promise p = fx.published("1278", title + " " + PromiseFixtures.unique());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    return p;
  }

  List<String> audit(UUID id) {
    return jdbc.sql("select action from shared_audit_entry where entity_id = ? order by id").param(id.toString())
        .query(String.class).list();
  }

  @Test
  void aDecisionNeedsAVerdictOnEveryCommitmentIsAuditedAndAnExtensionThenNeedsNoOverrideAndIsLinked()
      throws Exception {
    Promise p = published("Beslut");
    UUID c = p.published().orElseThrow().commitments().get(0).id();
    // the dashboard for API clients: overdue for its parties, not for another kommun's coordinator
    mvc.perform(get("/api/v1/follow-ups/due").with(user(coordinator))).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.promiseId == '" + p.id() + "')].status",
            org.hamcrest.Matchers.contains("OVERDUE", "OVERDUE")));
    mvc.perform(get("/api/v1/follow-ups/due").with(user(people.coordinator("1285"))))
        .andExpect(jsonPath("$[?(@.promiseId == '" + p.id() + "')]").isEmpty());
    String url = "/api/v1/promises/{id}/evaluation/decision";
    mvc.perform(put(url, p.id()).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON).content("""
            {"decision":"EXTEND","reason":" ","nextPromiseId":"%s",
             "verdicts":[{"commitmentId":"%s","verdict":"ACHIEVED"}]}""".formatted(UUID.randomUUID(),
            UUID.randomUUID())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'reason')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'verdicts[0].commitmentId')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'verdicts')].message", org.hamcrest.Matchers.hasItem(
            containsString(c.toString()))))
        .andExpect(jsonPath("$.errors[?(@.field == 'nextPromiseId')]").exists());
    assertThat(decisions.of(p.id())).isEmpty();
    assertThat(decisions.evaluated(p.id())).isFalse();

    String body = """
        {"decision":"EXTEND","reason":"Inbrotten minskade men trafiken inte; ett år till",
         "verdicts":[{"commitmentId":"%s","verdict":"PARTLY_ACHIEVED","note":"Tre av fyra vandringar"}]}"""
        .formatted(c);
    mvc.perform(put(url, p.id()).with(user(people.coordinator("1285"))).contentType(MediaType.APPLICATION_JSON)
        .content(body)).andExpect(status().isForbidden());
    mvc.perform(put(url, p.id()).with(user(police)).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("EXTEND"))
        .andExpect(jsonPath("$.verdicts[0].verdict").value("PARTLY_ACHIEVED"));
    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()).param("comparison", "1282"))
        .andExpect(jsonPath("$.decision.decision").value("EXTEND"))
        .andExpect(jsonPath("$.decision.reason").value("Inbrotten minskade men trafiken inte; ett år till"))
        .andExpect(jsonPath("$.decision.nextPromiseId").doesNotExist());
    assertThat(audit(p.id())).contains("followup.decide");

    // A decision exists, so the extension needs no override; its new months are scheduled from PromiseExtended,
    // and the decision is linked to the promise that carries it on.
    promises.extend(coordinator, p.id(), new ExtensionInput(LocalDate.of(2026, 12, 31), "Ett år till"));
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 5);
    assertThat(followUps.ofPromise(p.id())).extracting(FollowUp::kind, FollowUp::dueOn).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FollowUpKind.FOLLOW_UP, LocalDate.of(2025, 7, 1)),
        org.assertj.core.groups.Tuple.tuple(FollowUpKind.EVALUATION, LocalDate.of(2025, 12, 31)),
        org.assertj.core.groups.Tuple.tuple(FollowUpKind.FOLLOW_UP, LocalDate.of(2026, 1, 1)),
        org.assertj.core.groups.Tuple.tuple(FollowUpKind.FOLLOW_UP, LocalDate.of(2026, 7, 1)),
        org.assertj.core.groups.Tuple.tuple(FollowUpKind.EVALUATION, LocalDate.of(2026, 12, 31)));
    await().atMost(Duration.ofSeconds(20)).until(() -> p.id().equals(decisions.of(p.id()).orElseThrow()
        .nextPromiseId()));
    assertThat(audit(p.id())).contains("PROMISE_EXTENDED", "followup.schedule-extension", "followup.decision-linked")
        .doesNotContain("PROMISE_EXTENSION_OVERRIDE");
  }

  @Test
  void aPublishedEvaluationReportCountsAsAnEvaluationAndBeforeItAnExtensionNeedsAnOverrideWithAReason()
      throws Exception {
    Promise p = published("Utvärdering publicerad");
    mvc.perform(post("/api/v1/promises/{id}/extensions", p.id()).with(user(coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"validTo\":\"2026-06-30\",\"note\":\"Halvår till\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
    assertThat(promises.find(p.id()).orElseThrow().extensions()).isEmpty();

    UUID c = p.published().orElseThrow().commitments().get(0).id();
    FollowUp evaluation = followUps.ofPromise(p.id()).stream().filter(f -> f.kind() == FollowUpKind.EVALUATION)
        .findFirst().orElseThrow();
    followUps.edit(coordinator, p.id(), evaluation.id(), new FollowUpReport("Utvärderat", List.of(
        new FollowUpReport.CommitmentReport(c, CommitmentStatus.DONE, "Klart", null))));
    followUps.approve(coordinator, p.id(), evaluation.id(), "MUNICIPALITY");
    followUps.approve(police, p.id(), evaluation.id(), "POLICE");
    followUps.publish(police, p.id(), evaluation.id());
    assertThat(decisions.evaluated(p.id())).isTrue();
    mvc.perform(post("/api/v1/promises/{id}/extensions", p.id()).with(user(coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"validTo\":\"2026-06-30\",\"note\":\"Halvår till\"}"))
        .andExpect(status().isCreated());
  }
}
