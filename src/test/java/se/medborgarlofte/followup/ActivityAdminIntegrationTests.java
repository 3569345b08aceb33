package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import se.medborgarlofte.support.PromiseFixtures;

/** The workspace page for activities: the same rules as the API, refusals shown beside their fields. */
@IntegrationTest
class ActivityAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired Activities activities;

  @Test
  void aPartyLogsByFormAndImportsAFileWhileBadInputIsNamedAndChangesNothing() throws Exception {
    Member coordinator = people.coordinator("1278");
    Promise p = new PromiseFixtures(promises, people).published("1278", "Formulär " + PromiseFixtures.unique());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    UUID c = p.published().orElseThrow().commitments().get(0).id();
    String page = "/admin/uppfoljning/loften/" + p.id() + "/aktiviteter";

    Document empty = Jsoup.parse(mvc.perform(get(page).with(user(coordinator))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(empty.select("select#commitment option").eachAttr("value")).contains(c.toString());
    assertThat(empty.select("select#party option").eachAttr("value")).containsExactly("MUNICIPALITY", "POLICE");
    // every follow-up, due or not, links to its page
    assertThat(empty.select("a").eachAttr("href")).contains(followUps.ofPromise(p.id()).stream()
        .map(f -> "/admin/uppfoljning/loften/" + p.id() + "/uppfoljningar/" + f.id()).toArray(String[]::new));

    // outside the period (422, as in the API), and an unreadable count: both named, what was typed kept
    Document refused = Jsoup.parse(mvc.perform(post(page).with(user(coordinator)).with(csrf())
            .param("commitment", c.toString()).param("type", "SAFETY_WALK").param("date", "2027-03-01")
            .param("party", "MUNICIPALITY").param("counts", "participants = 12\nmånga"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
    assertThat(refused.select("#counts-error").text()).contains("'många' is not a count");
    assertThat(refused.select("#date").val()).isEqualTo("2027-03-01");
    refused = Jsoup.parse(mvc.perform(post(page).with(user(coordinator)).with(csrf())
            .param("commitment", c.toString()).param("type", "SAFETY_WALK").param("date", "2027-03-01")
            .param("party", "MUNICIPALITY").param("counts", "participants = 12"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
    assertThat(refused.select("#date-error").text()).contains("outside the promise's period");
    // not a party: 403
    mvc.perform(post(page).with(user(people.coordinator("1285"))).with(csrf()).param("commitment", c.toString())
        .param("type", "SAFETY_WALK").param("date", "2025-03-01").param("party", "MUNICIPALITY"))
        .andExpect(status().isForbidden());
    assertThat(activities.list(p.id(), null)).isEmpty();

    mvc.perform(post(page).with(user(coordinator)).with(csrf()).param("commitment", c.toString())
            .param("type", "SAFETY_WALK").param("date", "2025-03-01").param("party", "MUNICIPALITY")
            .param("place", "Torekov").param("hoursSpent", "2,5").param("counts", "participants = 12"))
        .andExpect(status().is3xxRedirection());
    assertThat(activities.list(p.id(), null)).singleElement().satisfies(a -> {
      assertThat(a.counts().get("participants")).isEqualByComparingTo("12");
      assertThat(a.hoursSpent()).isEqualByComparingTo("2.5");
      assertThat(a.place()).isEqualTo("Torekov");
    });

    String bad = "commitment,type,date,party\n" + c + ",SAFETY_WALK,2025-04-01,MUNICIPALITY\n"
        + c + ",SAFETY_WALK,2031-01-01,MUNICIPALITY\n";
    Document badFile = Jsoup.parse(mvc.perform(multipart(page + "/import").file(new MockMultipartFile("file",
            "a.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(user(coordinator)).with(csrf()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
    assertThat(badFile.select("table").first().select("tbody td").eachText()).startsWith("3", "date");
    assertThat(activities.list(p.id(), null)).hasSize(1);
    mvc.perform(multipart(page + "/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
            bad.replace("2031-01-01", "2025-05-01").getBytes(StandardCharsets.UTF_8))).with(user(coordinator))
            .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(activities.list(p.id(), null)).hasSize(3);
    mvc.perform(multipart(page + "/import").with(user(coordinator)).with(csrf()))
        .andExpect(status().isUnprocessableContent());
  }
}
