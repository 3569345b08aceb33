package se.medborgarlofte.example;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The example module, which edits no file outside itself, shows in the running app: on the kommun page and the
 * promise page, in both menus, with its texts and stylesheet, on a cached public page, and in the API.
 */
@IntegrationTest
class ExamplePluginIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Tips tips;
  @Autowired PromiseManagement promises;

  @Test
  void itsSectionTextsFeedAndStylesheetShowOnTheKommunPage() throws Exception {
    String text = "Tips " + java.util.UUID.randomUUID();
    tips.add(people.coordinator("0114"), "0114", text);
    String page = mvc.perform(get("/kommuner/0114")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Tips från kommunen", text)
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/exempel.atom\" title=\"Tips (Atom)\">")
        .containsPattern("<link rel=\"stylesheet\" href=\"/css/example.css\\?v=[0-9a-f]{12}\">")
        .contains("<a href=\"/exempel\">Exempeltips</a>");
    // Sections keep their order: the promise section (10) comes before the example (90).
    assertThat(page.indexOf("promise-heading")).isLessThan(page.indexOf("example-heading"));
    String english = mvc.perform(get("/kommuner/0114").param("lang", "en")).andReturn().getResponse()
        .getContentAsString();
    assertThat(english).contains("Tips from the municipality", "<a href=\"/exempel\">Example tips</a>");
  }

  @Test
  void itsAdminMenuEntryShowsOnlyToMembersWithItsPermission() throws Exception {
    String asAdmin = mvc.perform(get("/admin").with(user(people.admin()))).andReturn().getResponse()
        .getContentAsString();
    String asCoordinator = mvc.perform(get("/admin").with(user(people.coordinator("1278")))).andReturn()
        .getResponse().getContentAsString();
    assertThat(asAdmin).contains("Exempelmodulen");
    assertThat(asCoordinator).doesNotContain("Exempelmodulen").contains("Medborgarlöften");
  }

  @Test
  void itsPublicPageIsCachedAndAChangeItPublishesRefreshesIt() throws Exception {
    MockHttpServletResponse first = mvc.perform(get("/exempel")).andReturn().getResponse();
    String etag = first.getHeader("ETag");
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(mvc.perform(get("/exempel").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
        .isEqualTo(304);
    Member coordinator = people.coordinator("1278");
    mvc.perform(post("/api/v1/example/municipalities/1278/tips").with(httpBasic(coordinator.getUsername(),
        People.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Nytt tips\"}"));
    MockHttpServletResponse after = mvc.perform(get("/exempel").header("If-None-Match", etag)).andReturn()
        .getResponse();
    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getContentAsString()).contains("Nytt tips");
    assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
  }

  @Test
  void aPromisePageGetsANewEtagWhenAContributedSectionChanges() throws Exception {
    var fx = new se.medborgarlofte.support.PromiseFixtures(promises, people);
    java.util.UUID id = fx.published("1284", "Exempel " + java.util.UUID.randomUUID()).id();
    MockHttpServletResponse before = mvc.perform(get("/loften/" + id)).andReturn().getResponse();
    assertThat(before.getContentAsString()).doesNotContain("example-heading");
    tips.add(people.coordinator("1284"), "1284", "Tips om hamnen");
    MockHttpServletResponse after = mvc.perform(get("/loften/" + id).header("If-None-Match",
        before.getHeader("ETag"))).andReturn().getResponse();
    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getContentAsString()).contains("Tips om hamnen");
    assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
  }

  @Test
  void itsApiFollowsItsOwnRulesAndTheServiceChecksTheScope() throws Exception {
    assertThat(mvc.perform(get("/api/v1/example/municipalities/1278/tips")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    Member other = people.coordinator("1285");
    assertThat(mvc.perform(post("/api/v1/example/municipalities/1278/tips").with(httpBasic(other.getUsername(),
        People.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}")).andReturn()
        .getResponse().getStatus()).isEqualTo(403);
    // An API path no module declared is refused, even to an admin.
    Member admin = people.admin();
    assertThat(mvc.perform(get("/api/v1/undeclared").with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/api/v1/undeclared")).andReturn().getResponse().getStatus()).isEqualTo(401);
  }
}
