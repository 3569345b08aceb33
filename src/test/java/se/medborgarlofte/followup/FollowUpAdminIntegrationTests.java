package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.QuantityInput;
import se.medborgarlofte.promise.Quantity;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import se.medborgarlofte.support.PromiseFixtures;

/**
 * The follow-up's workspace page: the report written, approved by each side and published through the same
 * services as the API; refusals shown beside their field (or at the button) with nothing saved; other kommuner 403.
 */
@IntegrationTest
class FollowUpAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired Decisions decisions;
  @Autowired Activities activities;

  /** A published promise of Båstad with the fixture's police commitment and a quantified kommun one. */
  private Promise promise(String title) {
    PromiseFixtures fx = new PromiseFixtures(promises, people);
    Promise d = fx.draft("1278", title);
    promises.addCommitment(fx.admin, d.id(), new CommitmentInput(Party.MUNICIPALITY, "Kommunen kontrollerar "
        + title, ActivityType.TRAFFIC_CONTROL, List.of("TRAFFIC"), List.of("Torekov"), "minst 50 fordon",
        "Kontrollerade fordon", "Samordnare", null, null, null,
        new QuantityInput(BigDecimal.valueOf(50), "vehiclesChecked", Quantity.Per.PERIOD), null));
    promises.sign(fx.coordinator(), d.id(), PromiseFixtures.signature(Party.MUNICIPALITY));
    promises.sign(fx.police(), d.id(), PromiseFixtures.signature(Party.POLICE));
    Promise p = promises.publish(fx.admin, d.id());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    return p;
  }

  private Document page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
    return Jsoup.parse(mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString());
  }

  @Test
  void aReportIsWrittenApprovedByBothSidesAndPublishedWhileBadInputIsNamedAndChangesNothing() throws Exception {
    Member coordinator = people.coordinator("1278");
    Member police = people.police(people.angelholm());
    Promise p = promise("Rapportsida " + PromiseFixtures.unique());
    List<UUID> cs = p.published().orElseThrow().commitments().stream().map(c -> c.id()).toList();
    UUID quantified = p.published().orElseThrow().commitments().stream()
        .filter(c -> c.quantity() != null).findFirst().orElseThrow().id();
    FollowUp first = followUps.ofPromise(p.id()).get(0);
    activities.log(coordinator, p.id(), quantified, new ActivityInput("TRAFFIC_CONTROL", first.dueOn().minusDays(3),
        "MUNICIPALITY", "Storgatan", null, null, Map.of("vehiclesChecked", BigDecimal.valueOf(42)),
        BigDecimal.valueOf(3), null));
    String url = "/admin/uppfoljning/loften/" + p.id() + "/uppfoljningar/" + first.id();

    // the dashboard links the row to the page
    assertThat(page(get("/admin/uppfoljning").with(user(coordinator)), status().isOk()).select("a")
        .eachAttr("href")).contains(url);

    Document shown = page(get(url).with(user(coordinator)), status().isOk());
    int q = cs.indexOf(quantified);
    assertThat(shown.select("fieldset").get(q).text()).contains("Gjort under perioden:", "42",
        "Förslag utifrån aktiviteterna: 42");
    assertThat(shown.getElementById("commitments[" + q + "].outcome").val()).isEqualTo("42");
    assertThat(shown.getElementById("commitments[0].status").select("option").eachAttr("value"))
        .contains("PLANNED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "CANCELLED");
    assertThat(shown.select("button").eachText()).contains("Godkänn för kommunen").doesNotContain(
        "Godkänn för polisen");
    assertThat(shown.getElementById("decision")).isNull();

    // no summary, an unknown status and a negative outcome: each named beside its field, what was typed kept
    Document refused = page(post(url).with(user(coordinator)).with(csrf())
        .param("summary", " ")
        .param("commitments[0].commitmentId", cs.get(0).toString()).param("commitments[0].status", "KLART")
        .param("commitments[0].narrative", "Tre kvällar")
        .param("commitments[1].commitmentId", cs.get(1).toString()).param("commitments[1].status", "DONE")
        .param("commitments[1].outcome", "många"), status().isUnprocessableContent());
    assertThat(refused.getElementById("commitments[0].status-error").text()).contains("'KLART' is not a valid choice");
    assertThat(refused.getElementById("commitments[1].outcome-error").text()).contains("'många' is not a number");
    assertThat(refused.getElementById("commitments[0].narrative").text()).isEqualTo("Tre kvällar");
    refused = page(post(url).with(user(coordinator)).with(csrf()).param("summary", " ")
        .param("commitments[0].commitmentId", cs.get(0).toString()).param("commitments[0].status", "")
        .param("commitments[1].commitmentId", cs.get(1).toString()).param("commitments[1].status", "DONE")
        .param("commitments[1].outcome", "-1"), status().isUnprocessableContent());
    assertThat(refused.getElementById("summary-error").text()).contains("a summary is required");
    assertThat(refused.getElementById("commitments[0].status-error").text()).contains("a status is required");
    assertThat(refused.getElementById("commitments[1].outcome-error").text()).contains("cannot be negative");
    assertThat(refused.select(".error-summary a").eachAttr("href")).contains("#summary");
    // another kommun's coordinator: 403 on the page and on every form
    Member other = people.coordinator("1285");
    mvc.perform(get(url).with(user(other))).andExpect(status().isForbidden());
    mvc.perform(post(url).with(user(other)).with(csrf()).param("summary", "Nej")
        .param("commitments[0].commitmentId", cs.get(0).toString()).param("commitments[0].status", "DONE"))
        .andExpect(status().isForbidden());
    mvc.perform(post(url + "/godkannande").with(user(other)).with(csrf()).param("party", "MUNICIPALITY"))
        .andExpect(status().isForbidden());
    mvc.perform(post(url + "/publicera").with(user(other)).with(csrf())).andExpect(status().isForbidden());
    assertThat(followUps.require(p.id(), first.id()).report()).isNull();
    // approving before anything is saved is a conflict shown at the approval buttons
    assertThat(page(post(url + "/godkannande").with(user(coordinator)).with(csrf()).param("party", "MUNICIPALITY"),
        status().isConflict()).getElementById("approve-error").text()).contains("there is no report to approve yet");

    mvc.perform(post(url).with(user(coordinator)).with(csrf()).param("summary", "Kontrollerna är i gång.")
            .param("commitments[0].commitmentId", cs.get(0).toString()).param("commitments[0].status", "IN_PROGRESS")
            .param("commitments[0].narrative", "Tre kvällar")
            .param("commitments[1].commitmentId", cs.get(1).toString()).param("commitments[1].status", "DONE")
            .param("commitments[1].outcome", "42,5"))
        .andExpect(status().is3xxRedirection());
    FollowUpReport saved = followUps.require(p.id(), first.id()).report();
    assertThat(saved.summary()).isEqualTo("Kontrollerna är i gång.");
    assertThat(saved.commitments().get(0).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(saved.commitments().get(1).outcome()).isEqualByComparingTo("42.5");
    assertThat(page(get(url).with(user(coordinator)), status().isOk()).getElementById("summary").text())
        .isEqualTo("Kontrollerna är i gång.");

    // the police may not approve for the kommun
    mvc.perform(post(url + "/godkannande").with(user(police)).with(csrf()).param("party", "MUNICIPALITY"))
        .andExpect(status().isForbidden());
    mvc.perform(post(url + "/godkannande").with(user(coordinator)).with(csrf()).param("party", "MUNICIPALITY"))
        .andExpect(status().is3xxRedirection());
    // publishing with the police's approval missing: 409, the missing party named at the button
    Document missing = page(post(url + "/publicera").with(user(coordinator)).with(csrf()), status().isConflict());
    assertThat(missing.getElementById("publish-error").text()).isEqualTo("not approved by POLICE");
    assertThat(followUps.require(p.id(), first.id()).publishedAt()).isNull();

    Document forPolice = page(get(url).with(user(police)), status().isOk());
    assertThat(forPolice.select("li").eachText()).contains("Godkänd för kommunen", "Inte godkänd för polisen ännu");
    mvc.perform(post(url + "/godkannande").with(user(police)).with(csrf()).param("party", "POLICE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(url + "/publicera").with(user(police)).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(followUps.require(p.id(), first.id()).publishedAt()).isNotNull();
    Document published = page(get(url).with(user(police)), status().isOk());
    assertThat(published.text()).contains("Rapporten är publicerad och kan inte längre ändras.");
    assertThat(published.getElementById("publish")).isNull();
    // a decision belongs to the evaluation, not to this follow-up
    mvc.perform(post(url + "/beslut").with(user(police)).with(csrf()).param("decision", "CLOSE"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theDecisionIsRecordedOnTheEvaluationsPage() throws Exception {
    Member coordinator = people.coordinator("1278");
    Promise p = promise("Beslutssida " + PromiseFixtures.unique());
    List<UUID> cs = p.published().orElseThrow().commitments().stream().map(c -> c.id()).toList();
    FollowUp evaluation = followUps.ofPromise(p.id()).get(1);
    assertThat(evaluation.kind()).isEqualTo(FollowUpKind.EVALUATION);
    String url = "/admin/uppfoljning/loften/" + p.id() + "/uppfoljningar/" + evaluation.id();
    Document shown = page(get(url).with(user(coordinator)), status().isOk());
    assertThat(shown.getElementById("decision").select("option").eachAttr("value"))
        .containsExactly("", "EXTEND", "REVISE", "CLOSE");

    // no reason, a verdict missing, a next promise that is not an id: named, nothing recorded
    Document refused = page(post(url + "/beslut").with(user(coordinator)).with(csrf()).param("decision", "REVISE")
        .param("reason", "")
        .param("verdicts[0].commitmentId", cs.get(0).toString()).param("verdicts[0].verdict", "ACHIEVED")
        .param("verdicts[1].commitmentId", cs.get(1).toString()).param("verdicts[1].verdict", ""),
        status().isUnprocessableContent());
    assertThat(refused.getElementById("reason-error").text()).contains("a reason is required");
    assertThat(refused.getElementById("verdicts[1].verdict-error").text()).contains("a verdict is required");
    assertThat(refused.getElementById("verdicts[0].verdict").select("option[selected]").val()).isEqualTo("ACHIEVED");
    assertThat(page(post(url + "/beslut").with(user(coordinator)).with(csrf()).param("decision", "REVISE")
        .param("reason", "Ja").param("nextPromiseId", "nästa")
        .param("verdicts[0].commitmentId", cs.get(0).toString()).param("verdicts[0].verdict", "ACHIEVED")
        .param("verdicts[1].commitmentId", cs.get(1).toString()).param("verdicts[1].verdict", "ACHIEVED"),
        status().isUnprocessableContent()).getElementById("nextPromiseId-error").text()).contains("not a promise id");
    mvc.perform(post(url + "/beslut").with(user(people.coordinator("1285"))).with(csrf()).param("decision", "CLOSE")
        .param("reason", "Nej")).andExpect(status().isForbidden());
    assertThat(decisions.of(p.id())).isEmpty();

    mvc.perform(post(url + "/beslut").with(user(coordinator)).with(csrf()).param("decision", "REVISE")
            .param("reason", "Målen skärps")
            .param("verdicts[0].commitmentId", cs.get(0).toString()).param("verdicts[0].verdict", "ACHIEVED")
            .param("verdicts[1].commitmentId", cs.get(1).toString()).param("verdicts[1].verdict", "NOT_ACHIEVED")
            .param("verdicts[1].note", "För få kontroller"))
        .andExpect(status().is3xxRedirection());
    Decision d = decisions.of(p.id()).orElseThrow();
    assertThat(d.decision()).isEqualTo(Decision.Outcome.REVISE);
    assertThat(d.verdicts()).extracting(Decision.Verdict::verdict)
        .containsExactly(Decision.Judgement.ACHIEVED, Decision.Judgement.NOT_ACHIEVED);
    Document again = page(get(url).with(user(coordinator)), status().isOk());
    assertThat(again.getElementById("reason").text()).isEqualTo("Målen skärps");
    assertThat(again.getElementById("verdicts[1].note").val()).isEqualTo("För få kontroller");
  }
}
