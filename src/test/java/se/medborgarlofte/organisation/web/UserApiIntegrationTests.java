package se.medborgarlofte.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class UserApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, String body) {
    Member admin = people.admin();
    return request.with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  int audited(String action, long userId) {
    return jdbc.sql("select count(*) from shared_audit_entry where action = ? and entity_id = ?")
        .params(action, String.valueOf(userId)).query(Integer.class).single();
  }

  @Test
  void anAdminCreatesAUserWhoCanThenSignIn() throws Exception {
    String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
    String body = mvc.perform(asAdmin(post("/api/v1/users"), """
            {"username":"%s","displayName":"Skriptad Användare","email":"a@example.se","password":"%s"}"""
            .formatted(name, People.PASSWORD)))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(body).get("id").asLong();
    assertThat(users.get(id).username()).isEqualTo(name);
    assertThat(users.get(id).email()).isEqualTo("a@example.se");
    assertThat(audited("USER_CREATED", id)).isOne();

    mvc.perform(asAdmin(post("/api/v1/users/" + id + "/memberships"),
            "{\"role\":\"COORDINATOR\",\"municipalityCode\":\"1278\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber());
    assertThat(users.get(id).memberships()).extracting(m -> m.role() + " " + m.municipalityCode())
        .containsExactly("COORDINATOR 1278");
    assertThat(audited("MEMBERSHIP_GRANTED", id)).isOne();

    long lpo = jdbc.sql("select id from organisation_local_police_area order by id limit 1").query(Long.class).single();
    mvc.perform(asAdmin(post("/api/v1/users/" + id + "/memberships"),
            "{\"role\":\"POLICE\",\"localPoliceAreaId\":" + lpo + "}"))
        .andExpect(status().isCreated());
    assertThat(users.loadMember(id).orElseThrow().editsForLpo(lpo)).isTrue();
  }

  @Test
  void invalidUsersAreRefusedFieldByField() throws Exception {
    mvc.perform(asAdmin(post("/api/v1/users"), "{\"username\":\"Bad Name!\",\"displayName\":\"\",\"password\":\"x\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("username", "displayName", "password")));
    mvc.perform(asAdmin(post("/api/v1/users"), "")).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    Member taken = people.analyst();
    mvc.perform(asAdmin(post("/api/v1/users"), """
            {"username":"%s","displayName":"Dubblett","password":"%s"}""".formatted(taken.getUsername(),
            People.PASSWORD)))
        .andExpect(status().isConflict());
  }

  @Test
  void invalidMembershipsAreRefusedWithTheApisFieldNames() throws Exception {
    long id = people.nobody().id();
    mvc.perform(asAdmin(post("/api/v1/users/" + id + "/memberships"), "{\"role\":\"EMPEROR\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(asAdmin(post("/api/v1/users/" + id + "/memberships"), "{\"role\":\"POLICE\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("localPoliceAreaId"));
    mvc.perform(asAdmin(post("/api/v1/users/" + id + "/memberships"),
            "{\"role\":\"COORDINATOR\",\"municipalityCode\":\"9999\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
    mvc.perform(asAdmin(post("/api/v1/users/999999999/memberships"), "{\"role\":\"ANALYST\"}"))
        .andExpect(status().isNotFound());
    assertThat(users.get(id).memberships()).isEmpty();
  }

  @Test
  void onlyAnAdminProvisions() throws Exception {
    Member coordinator = people.with(Role.COORDINATOR, "1278", null);
    mvc.perform(post("/api/v1/users").with(httpBasic(coordinator.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/users/" + coordinator.id() + "/memberships").contentType(MediaType.APPLICATION_JSON)
            .content("{\"role\":\"ADMIN\"}"))
        .andExpect(status().isUnauthorized());
    assertThat(users.get(coordinator.id()).memberships()).hasSize(1);
  }
}
