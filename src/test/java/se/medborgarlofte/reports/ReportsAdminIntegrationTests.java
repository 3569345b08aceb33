package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The admin pages of report categories and Open311 keys: an admin adds a category (nonsense is refused with the
 * field named and nothing stored), issues a key shown once and never listed, and revokes it so it opens nothing.
 */
@IntegrationTest
class ReportsAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired ReportCategories categories;
  @Autowired Open311Clients clients;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdminAddsACategoryThatTheReportFormThenOffersAndNonsenseChangesNothing() throws Exception {
    Member admin = people.admin();
    String code = "ad-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(post("/admin/rapportkategorier").with(user(admin)).with(csrf()).param("code", "Not A Code")
            .param("nameSv", "").param("nameEn", "Scooters").param("problemCategory", "TRAFFIC"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"code-error\"")))
        .andExpect(content().string(containsString("id=\"nameSv-error\"")))
        .andExpect(content().string(containsString("value=\"Scooters\"")));
    assertThat(categories.find("Not A Code")).isEmpty();
    mvc.perform(post("/admin/rapportkategorier").with(user(admin)).with(csrf()).param("code", code)
            .param("nameSv", "Elsparkcyklar").param("nameEn", "E-scooters").param("problemCategory", "TRAFFIC"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/rapportkategorier?tillagd=" + code));
    assertThat(categories.find(code)).hasValueSatisfying(c -> assertThat(c.problemCategory()).isEqualTo("TRAFFIC"));
    mvc.perform(get("/kommuner/1278/rapportera")).andExpect(content().string(containsString("Elsparkcyklar")));
    mvc.perform(get("/admin/rapportkategorier").with(user(admin)).param("tillagd", code))
        .andExpect(status().isOk()).andExpect(content().string(containsString("E-scooters")));
    mvc.perform(post("/admin/rapportkategorier").with(user(admin)).with(csrf()).param("code", code)
            .param("nameSv", "Igen").param("nameEn", "Again").param("problemCategory", "TRAFFIC"))
        .andExpect(status().isConflict());
    mvc.perform(get("/admin/rapportkategorier").with(user(people.coordinator("1278"))))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/rapportkategorier").with(user(admin)).param("code", "utan-csrf")
            .param("nameSv", "A").param("nameEn", "B").param("problemCategory", "TRAFFIC"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdminIssuesAKeyShownOnceListsItWithoutTheKeyAndRevokesIt() throws Exception {
    Member admin = people.admin();
    String name = "Felanmälan " + UUID.randomUUID();
    String page = mvc.perform(post("/admin/open311-nycklar").with(user(admin)).with(csrf()).param("name", name))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher key = Pattern.compile("o311_[0-9a-f]{48}").matcher(page);
    assertThat(key.find()).isTrue();
    String apiKey = key.group();
    assertThat(clients.clientOf(apiKey)).contains(name);
    mvc.perform(get("/admin/open311-nycklar").with(user(admin)))
        .andExpect(content().string(containsString(name))).andExpect(content().string(not(containsString(apiKey))));
    long id = jdbc.sql("select id from reports_open311_client where name = ?").param(name).query(Long.class).single();
    mvc.perform(post("/admin/open311-nycklar/" + id + "/aterkalla").with(user(admin)).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/open311-nycklar?aterkallad=" + id));
    assertThat(clients.clientOf(apiKey)).isEmpty();
    mvc.perform(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "littering")
        .param("lat", "56.4275").param("long", "12.8492").param("description", "Efter återkallelse"))
        .andExpect(status().is4xxClientError());
    assertThat(audit.forEntity("Open311Client", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("OPEN311_CLIENT_CREATED", "OPEN311_CLIENT_REVOKED");
    // Twice is a conflict, shown on the page; an unknown id is 404; a coordinator may not.
    mvc.perform(post("/admin/open311-nycklar/" + id + "/aterkalla").with(user(admin)).with(csrf()))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("revoked already")));
    mvc.perform(post("/admin/open311-nycklar/0/aterkalla").with(user(admin)).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/admin/open311-nycklar").with(user(people.coordinator("1278"))).with(csrf())
        .param("name", "Inte min")).andExpect(status().isForbidden());
    mvc.perform(post("/admin/open311-nycklar").with(user(admin)).with(csrf()).param("name", "1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"name-error\"")));
  }
}
