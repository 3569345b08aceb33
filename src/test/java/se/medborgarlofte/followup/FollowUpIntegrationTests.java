package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromisePublished;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The follow-up of a published promise through the API and the public page: the schedule made from
 * {@code PromisePublished}, activities logged and imported, a report drafted, approved by both sides and published.
 * The fixture promise runs 2025-01-01–2025-12-31 with half-yearly follow-ups and a police commitment.
 */
@IntegrationTest
class FollowUpIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired JdbcClient jdbc;
  @Autowired ActivityRepository activityRepository;

  PromiseFixtures fx;
  Member coordinator;
  Member police;
  Member otherCoordinator;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
    coordinator = people.coordinator("1278");
    police = people.police(people.angelholm());
    otherCoordinator = people.coordinator("1285");
  }

  Promise published(String title) {
    Promise p = fx.published("1278", title + " " + PromiseFixtures.unique());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    return p;
  }

  UUID commitment(Promise p) {
    return p.published().orElseThrow().commitments().get(0).id();
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder r, String body) {
    return r.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  int activities(UUID promiseId) {
    return jdbc.sql("select count(*) from followup_activity where promise_id = ?").param(promiseId)
        .query(Integer.class).single();
  }

  @Test
  void publishingSchedulesTheHalfYearFollowUpAndTheEvaluationOnceThroughTheEventRegistry() throws Exception {
    Promise p = published("Schema");
    mvc.perform(get("/api/v1/promises/{id}/follow-ups", p.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].kind").value("FOLLOW_UP")).andExpect(jsonPath("$[0].dueOn").value("2025-07-01"))
        .andExpect(jsonPath("$[0].status").value("OVERDUE"))
        .andExpect(jsonPath("$[1].kind").value("EVALUATION")).andExpect(jsonPath("$[1].dueOn").value("2025-12-31"));
    // The registry marks the publication complete once the listener's transaction committed.
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
            select count(*) from event_publication
            where serialized_event like ? and completion_date is null""").param("%" + p.id() + "%")
        .query(Integer.class).single() == 0);
    // Delivered again (as after a crash): nothing is scheduled twice.
    PromisePublished again = new PromisePublished(p.id(), 1, "1278", people.angelholm(),
        java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31), 6, null, null,
        java.util.List.of("1278"), java.util.List.of(people.angelholm()), false);
    assertThat(followUps.schedule(again)).isZero();
    assertThat(followUps.ofPromise(p.id())).hasSize(2);
  }

  @Test
  void aPartyLogsAnActivityAndOutsidersOrDatesOutsideThePeriodAreRefusedWithTheReason() throws Exception {
    Promise p = published("Aktiviteter");
    UUID c = commitment(p);
    String body = """
        {"type":"TRAFFIC_CONTROL","date":"2025-03-04","party":"POLICE","place":"Storgatan",
         "counts":{"vehiclesChecked":40,"finesIssued":3},"hoursSpent":4.5,"note":"Kväll"}""";
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c), body).with(user(police)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty());
    mvc.perform(get("/api/v1/promises/{id}/activities", p.id()).param("commitment", c.toString()))
        .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].counts.vehiclesChecked").value(40))
        .andExpect(jsonPath("$[0].party").value("POLICE"));

    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c), body)
            .with(user(otherCoordinator)))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c), body)
            .with(user(coordinator)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("POLICE")));
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c),
            body.replace("2025-03-04", "2026-01-01")).with(user(police)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].message", containsString("outside the promise's period")));
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c),
            body.replace("\"POLICE\"", "\"kustbevakningen\"").replace("TRAFFIC_CONTROL", "JUGGLING"))
            .with(user(police)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'party')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists());
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), UUID.randomUUID()), body)
            .with(user(police)))
        .andExpect(status().isNotFound());
    mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c), body))
        .andExpect(status().isUnauthorized());
    assertThat(activities(p.id())).isEqualTo(1);
  }

  @Test
  void anImportIsStoredWholeOrNotAtAllWithEveryBadLineNamed() throws Exception {
    Promise p = published("Import");
    UUID c = commitment(p);
    String good = """
        commitment;type;date;party;place;hours;vehiclesChecked;note
        %1$s;TRAFFIC_CONTROL;2025-02-01;POLICE;Storgatan;4;30;"Kväll; regn"
        %1$s;TRAFFIC_CONTROL;2025-02-08;POLICE;Hamnen;3,5;25;
        """.formatted(c);
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv").content(good)
            .with(user(police)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.activities").value(2));
    mvc.perform(get("/api/v1/promises/{id}/activities", p.id()))
        .andExpect(jsonPath("$[0].note").value("Kväll; regn")).andExpect(jsonPath("$[1].hoursSpent").value(3.5));

    String bad = """
        commitment,type,date,party,place,hours,vehiclesChecked
        %1$s,TRAFFIC_CONTROL,2025-03-01,POLICE,Torget,2,10
        %1$s,TRAFFIC_CONTROL,2025-13-01,POLICE,Torget,2,10
        %2$s,TRAFFIC_CONTROL,2025-03-02,POLICE,Torget,två,10
        nonsense,TRAFFIC_CONTROL,2026-03-02,MUNICIPALITY,Torget,2,-1
        """.formatted(c, UUID.randomUUID());
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv").content(bad)
            .with(user(police)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'date')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'commitment')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'hours')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 5 && @.field == 'commitment')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 5 && @.field == 'date')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 5 && @.field == 'counts.vehiclesChecked')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 2)]").doesNotExist());
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv")
            .content("commitment,type,date,party,place,note\n%s,SAFETY_WALK,2025-03-01,POLICE,Tor\u0000get,a\u0001b\n"
                .formatted(c)).with(user(police)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'place')]").exists())
        .andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'note')]").exists());
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv")
            .content("type,date\nSAFETY_WALK,2025-03-01\n").with(user(police)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.line == 1 && @.field == 'commitment')]").exists());
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv").content(good)
            .with(user(otherCoordinator)))
        .andExpect(status().isForbidden());
    assertThat(activities(p.id())).isEqualTo(2);
  }

  /** The database's sums are what ActivitySummary.of makes of the same activities, read whole and filtered. */
  @Test
  void theSummedSummaryEqualsTheSummaryOfTheActivitiesThemselves() throws Exception {
    Promise p = published("Summering");
    UUID c = commitment(p);
    String csv = """
        commitment;type;date;party;place;hours;vehiclesChecked;people
        %1$s;TRAFFIC_CONTROL;2025-02-01;POLICE;Storgatan;4;30;
        %1$s;TRAFFIC_CONTROL;2025-02-08;POLICE;storgatan;3,5;25;2
        %1$s;SAFETY_WALK;2025-03-01;POLICE;Ängen;;;12
        %1$s;SAFETY_WALK;2025-03-02;POLICE;ängen;1,25;;3
        %1$s;SAFETY_WALK;2025-04-02;POLICE;;;;
        %1$s;TRAFFIC_CONTROL;2025-08-01;POLICE;Hamnen;2;7;
        """.formatted(c);
    mvc.perform(post("/api/v1/promises/{id}/activities/imports", p.id()).contentType("text/csv").content(csv)
            .with(user(police)))
        .andExpect(status().isCreated());
    java.time.LocalDate[][] windows = {{null, null}, {java.time.LocalDate.of(2025, 2, 8),
        java.time.LocalDate.of(2025, 3, 2)}, {java.time.LocalDate.of(2025, 9, 1), null}};
    for (java.time.LocalDate[] w : windows) {
      for (UUID commitmentId : new UUID[] {c, null}) {
        ActivitySummary expected = ActivitySummary.of(activityRepository.list(p.id(), commitmentId).stream()
            .filter(a -> (w[0] == null || !a.date().isBefore(w[0])) && (w[1] == null || !a.date().isAfter(w[1])))
            .toList());
        ActivitySummary summed = activityRepository.summary(p.id(), commitmentId, w[0], w[1]);
        assertThat(summed.types()).isEqualTo(expected.types());
        assertThat(summed.counts().keySet()).containsExactlyElementsOf(expected.counts().keySet());
        expected.counts().forEach((k, v) -> assertThat(summed.counts().get(k)).isEqualByComparingTo(v));
        assertThat(summed.hours()).isEqualByComparingTo(expected.hours());
      }
    }
    ActivitySummary all = activityRepository.summary(p.id(), c, null, null);
    assertThat(all.types()).extracting(ActivitySummary.TypeLine::activities, ActivitySummary.TypeLine::places)
        .contains(org.assertj.core.groups.Tuple.tuple(3, 2), org.assertj.core.groups.Tuple.tuple(3, 1));
    assertThat(all.counts()).containsKeys("vehiclesChecked", "people");
    assertThat(all.hours()).isEqualByComparingTo("10.75");
  }

  @Test
  void aReportApprovedByBothSidesIsPublishedAndCitizensReadWhatHappenedOnThePromisePage() throws Exception {
    Promise p = published("Rapport");
    UUID c = commitment(p);
    for (String day : new String[] {"2025-02-01", "2025-03-01", "2025-09-01"}) {
      mvc.perform(json(post("/api/v1/promises/{id}/commitments/{c}/activities", p.id(), c), """
          {"type":"SAFETY_WALK","date":"%s","party":"POLICE","place":"Torget","counts":{"participants":12},
           "hoursSpent":2}""".formatted(day)).with(user(police))).andExpect(status().isCreated());
    }
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    String page = mvc.perform(get("/loften/{id}", p.id())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Vad har hänt?").contains("Uppföljningen som skulle ha publicerats 2025-07-01 är försenad");
    String etag = mvc.perform(get("/loften/{id}", p.id())).andReturn().getResponse().getHeader("ETag");

    String report = """
        {"summary":"Ett halvår av vandringar","commitments":[{"commitmentId":"%s","status":"IN_PROGRESS",
         "narrative":"Två vandringar med grannarna"}]}""".formatted(c);
    mvc.perform(post("/api/v1/promises/{id}/follow-ups/{f}/publish", p.id(), first.id()).with(user(police)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("no report")));
    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()), report)
            .with(user(otherCoordinator)))
        .andExpect(status().isForbidden());
    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()),
            report.replace(c.toString(), UUID.randomUUID().toString())).with(user(coordinator)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("commitments[0].commitmentId"));
    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()), report).with(user(coordinator)))
        .andExpect(status().isOk());
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
            "{\"party\":\"MUNICIPALITY\"}").with(user(coordinator)))
        .andExpect(status().isCreated());
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
            "{\"party\":\"POLICE\"}").with(user(coordinator)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/promises/{id}/follow-ups/{f}/publish", p.id(), first.id()).with(user(coordinator)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("not approved by POLICE"));
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
            "{\"party\":\"POLICE\"}").with(user(police)))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/promises/{id}/follow-ups/{f}/publish", p.id(), first.id()).with(user(police)))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/promises/{id}/follow-ups", p.id()))
        .andExpect(jsonPath("$[0].status").value("PUBLISHED")).andExpect(jsonPath("$[0].publishedOn").isNotEmpty())
        .andExpect(jsonPath("$[1].status").value("OVERDUE"));
    mvc.perform(get("/loften/{id}", p.id()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            org.hamcrest.Matchers.allOf(containsString("Ni sa, vi gjorde"), containsString("Pågår"),
                containsString("Två vandringar med grannarna"),
                // the activities of the half-year only: the walk in September belongs to the next report
                containsString("2 trygghetsvandringar på 1 plats, 24 deltagare, 4 timmar"),
                containsString("Perioden 2025-01-01–2025-07-01"),
                containsString("Uppföljningen som skulle ha publicerats 2025-12-31 är försenad"),
                org.hamcrest.Matchers.not(containsString("publicerats 2025-07-01")))));
    mvc.perform(get("/loften/{id}", p.id()).param("lang", "en"))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            containsString("2 safety walks at 1 place, 24 participants, 4 hours")));

    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()), report).with(user(coordinator)))
        .andExpect(status().isConflict());
    // Delivery: the one commitment is in progress, not done; both follow-ups are due and the one published came
    // late (its day was 2025-07-01); three walks of two hours and twelve people each.
    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.delivery.commitmentsTotal").value(1))
        .andExpect(jsonPath("$.delivery.commitmentsDone").value(0))
        .andExpect(jsonPath("$.delivery.followUpsDue").value(2))
        .andExpect(jsonPath("$.delivery.followUpsOnTime").value(0))
        .andExpect(jsonPath("$.delivery.hours").value(6))
        .andExpect(jsonPath("$.delivery.counts.participants").value(36))
        .andExpect(jsonPath("$.categories[*].category").value(org.hamcrest.Matchers.contains("BURGLARY", "TRAFFIC")))
        // no survey round of Båstad closed before 2025: nothing to compare, and it says so
        .andExpect(jsonPath("$.categories[0].survey.difference").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.categories[0].survey.note", containsString("before the first day")));
    assertThat(jdbc.sql("select count(*) from shared_audit_entry where entity_id = ? and action like 'followup.%'")
        .param(first.id().toString()).query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void theDashboardListsOverdueFollowUpsOfTheMembersOwnPromisesOnly() throws Exception {
    Promise p = published("Instrumentpanel");
    String title = p.published().orElseThrow().text().title();
    mvc.perform(get("/admin/uppfoljning").with(user(police)))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            org.hamcrest.Matchers.allOf(containsString(title), containsString("Försenad"),
                containsString("2025-07-01"))));
    mvc.perform(get("/admin/uppfoljning").with(user(otherCoordinator)))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            org.hamcrest.Matchers.not(containsString(title))));
  }

  @Test
  void aChangedReportMustBeApprovedAgain() throws Exception {
    Promise p = published("Ändrad");
    UUID c = commitment(p);
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    String report = """
        {"summary":"Första","commitments":[{"commitmentId":"%s","status":"DONE","narrative":"Klart"}]}""".formatted(c);
    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()), report).with(user(police)))
        .andExpect(status().isOk());
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
        "{\"party\":\"POLICE\"}").with(user(police))).andExpect(status().isCreated());
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
        "{\"party\":\"POLICE\"}").with(user(police))).andExpect(status().isConflict());
    mvc.perform(json(post("/api/v1/promises/{id}/follow-ups/{f}/approvals", p.id(), first.id()),
        "{\"party\":\"MUNICIPALITY\"}").with(user(coordinator))).andExpect(status().isCreated());
    mvc.perform(json(put("/api/v1/promises/{id}/follow-ups/{f}", p.id(), first.id()),
        report.replace("Första", "Andra")).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(jsonPath("$.approvedBy", hasSize(0)));
    mvc.perform(post("/api/v1/promises/{id}/follow-ups/{f}/publish", p.id(), first.id()).with(user(police)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("not approved by MUNICIPALITY and POLICE"));
  }
}
