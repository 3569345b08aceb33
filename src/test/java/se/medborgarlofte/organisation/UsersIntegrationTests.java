package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

@IntegrationTest
class UsersIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Users users;
  @Autowired Memberships memberships;
  @Autowired ApiTokens tokens;
  @Autowired JdbcClient jdbc;

  @Test
  void theFirstAdminIsCreatedFromTheConfiguredPassword() throws Exception {
    mvc.perform(formLogin("/login").user("admin").password("admin-password-for-tests"))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void anAdminResetsAForgottenPasswordAndLiftsTheLockOut() throws Exception {
    Member m = people.analyst();
    jdbc.sql("update organisation_user set failed_logins = 5, locked_until = now() + interval '15 minutes' where id = ?")
        .param(m.id()).update();
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(post("/admin/anvandare/" + m.id() + "/losenord").with(user(people.admin())).with(csrf())
        .param("password", "short")).andExpect(status().isUnprocessableContent());
    mvc.perform(post("/admin/anvandare/" + m.id() + "/losenord").with(user(people.admin())).with(csrf())
        .param("password", "a-fresh-start-2026")).andExpect(redirectedUrl("/admin/anvandare/" + m.id()));
    mvc.perform(formLogin("/login").user(m.getUsername()).password("a-fresh-start-2026"))
        .andExpect(redirectedUrl("/admin"));
    // The member as they now are: a session that still holds the old password would simply be ended.
    mvc.perform(post("/admin/anvandare/" + m.id() + "/losenord").with(user(users.loadMember(m.id()).orElseThrow()))
            .with(csrf())
        .param("password", "i-am-not-an-admin")).andExpect(status().isForbidden());
  }

  @Test
  void aDisabledUserCannotSignIn() throws Exception {
    Member m = people.analyst();
    users.setEnabled(m.id(), false);
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aPasswordChangeNeedsTheCurrentPasswordAndALongEnoughNewOne() throws Exception {
    Member m = people.analyst();
    mvc.perform(post("/konto/losenord").with(user(m)).with(csrf())
            .param("currentPassword", "wrong").param("newPassword", "short").param("repeatPassword", "other"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(model().attribute("problems", org.hamcrest.Matchers.hasSize(3)));
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD)).andExpect(redirectedUrl("/admin"));
    mvc.perform(post("/konto/losenord").with(user(m)).with(csrf()).param("currentPassword", People.PASSWORD)
            .param("newPassword", "a-much-better-passphrase").param("repeatPassword", "a-much-better-passphrase"))
        .andExpect(redirectedUrl("/konto"));
    mvc.perform(formLogin("/login").user(m.getUsername()).password("a-much-better-passphrase"))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void theNewPasswordMustDifferFromTheCurrentOne() throws Exception {
    Member m = people.analyst();
    var problems = mvc.perform(post("/konto/losenord").with(user(m)).with(csrf())
            .param("currentPassword", People.PASSWORD).param("newPassword", People.PASSWORD)
            .param("repeatPassword", People.PASSWORD))
        .andExpect(status().isUnprocessableContent())
        .andReturn().getModelAndView().getModel().get("problems");
    assertThat((java.util.List<?>) problems).extracting("field").containsExactly("newPassword");
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() throws Exception {
    Member m = people.analyst();
    mvc.perform(post("/konto/nycklar").with(user(m)).param("name", "x")).andExpect(status().isForbidden());
  }

  @Test
  void aTokenIsShownOnceStoredHashedWorksAsBearerAndStopsWhenRevoked() throws Exception {
    Member admin = people.admin();
    String token = mvc.perform(post("/konto/nycklar").with(user(admin)).with(csrf()).param("name", "script"))
        .andExpect(status().isOk())
        .andReturn().getModelAndView().getModel().get("newToken").toString();
    assertThat(token).startsWith("mlt_");
    assertThat(jdbc.sql("select count(*) from organisation_api_token where token_hash = ?").param(token)
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from organisation_api_token where token_hash = ?")
        .param(ApiTokens.hash(token)).query(Integer.class).single()).isOne();
    String code = "TOKEN_" + Long.toHexString(System.nanoTime()).toUpperCase();
    mvc.perform(post("/api/v1/problem-categories").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\",\"labelSv\":\"Test\",\"labelEn\":\"Test\"}"))
        .andExpect(status().isCreated());
    mvc.perform(get("/konto").with(user(admin))).andExpect(content().string(
        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
    long id = tokens.of(admin).get(0).id();
    mvc.perform(post("/konto/nycklar/" + id + "/aterkalla").with(user(admin)).with(csrf()))
        .andExpect(redirectedUrl("/konto"));
    mvc.perform(post("/api/v1/problem-categories").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/municipalities/1278").header("Authorization", "Bearer mlt_made-up"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void userNamesAreUniqueAndValidated() {
    Member m = people.analyst();
    assertThatThrownBy(() -> users.create(m.getUsername().toUpperCase(), "X", null, People.PASSWORD))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> users.create("Bad Name!", "", "not-an-email", "short"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder("username", "displayName", "email", "password"));
  }

  @Test
  void membershipsAreScopedByRule() {
    long id = users.create("scoped-" + System.nanoTime(), "Scoped", null, People.PASSWORD);
    assertThatThrownBy(() -> memberships.grant(id, Role.COORDINATOR, null, null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> memberships.grant(id, Role.ADMIN, "1278", null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> memberships.grant(id, Role.COORDINATOR, "9999", null))
        .isInstanceOf(InvalidInputException.class);
    memberships.grant(id, Role.COORDINATOR, "1278", null);
    assertThatThrownBy(() -> memberships.grant(id, Role.COORDINATOR, "1278", null)).isInstanceOf(ConflictException.class);
    assertThat(users.get(id).memberships()).hasSize(1);
  }
}
