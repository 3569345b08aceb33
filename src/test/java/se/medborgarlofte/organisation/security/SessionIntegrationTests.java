package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Real sessions, kept by Spring Session in PostgreSQL and carried by their cookie, as a browser would: an open
 * session ends with the account, follows its memberships, and ends twelve hours after sign-in.
 */
@IntegrationTest
class SessionIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Users users;
  @Autowired Memberships memberships;
  @Autowired JdbcClient jdbc;
  @Autowired SessionRepository<?> sessionRepository;

  /** A browser's cookie jar for one signed-in session. */
  final class Browser {
    Cookie session;

    Browser signIn(String username, String password) throws Exception {
      keep(mvc.perform(formLogin("/login").user(username).password(password)).andExpect(redirectedUrl("/admin"))
          .andReturn());
      assertThat(session).as("a session cookie").isNotNull();
      return this;
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
      ResultActions result = mvc.perform(request.cookie(session));
      keep(result.andReturn());
      return result;
    }

    private void keep(MvcResult result) {
      Cookie fresh = result.getResponse().getCookie("SESSION");
      if (fresh != null) {
        session = fresh;
      }
    }
  }

  Browser signedIn(Member m) throws Exception {
    return new Browser().signIn(m.getUsername(), People.PASSWORD);
  }

  MockHttpServletRequestBuilder addPlace(String code) {
    return post("/admin/kommuner/" + code + "/platser").with(csrf())
        .param("name", "Plats " + UUID.randomUUID().toString().substring(0, 8)).param("kind", "TOWN");
  }

  int places(String code) {
    return jdbc.sql("select count(*) from organisation_place where municipality_code = ?").param(code)
        .query(Integer.class).single();
  }

  @Test
  void sessionsAreKeptInTheDatabase() throws Exception {
    Member m = people.analyst();
    signedIn(m);
    assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(m.getUsername())
        .query(Integer.class).single()).isOne();
  }

  @Test
  void aDisabledUsersOpenSessionCanNoLongerAct() throws Exception {
    Member m = people.coordinator("1278");
    Browser browser = signedIn(m);
    browser.perform(addPlace("1278")).andExpect(redirectedUrl("/admin/kommuner/1278/platser"));
    int before = places("1278");

    users.setEnabled(m.id(), false);

    browser.perform(addPlace("1278")).andExpect(redirectedUrl("/login"));
    assertThat(places("1278")).isEqualTo(before);
    browser.perform(get("/admin")).andExpect(redirectedUrl("/login"));
    assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(m.getUsername())
        .query(Integer.class).single()).as("the session is gone from the store").isZero();
  }

  @Test
  void aRevokedMembershipTakesEffectAtTheNextRequest() throws Exception {
    Member m = people.coordinator("1278");
    Browser browser = signedIn(m);
    browser.perform(get("/admin/kommuner/1278/platser")).andExpect(status().isOk());

    memberships.revoke(m.id(), m.memberships().get(0).id());

    browser.perform(get("/admin/kommuner/1278/platser")).andExpect(status().isForbidden());
    browser.perform(addPlace("1278")).andExpect(status().isForbidden());
  }

  @Test
  void aGrantedMembershipTakesEffectAtTheNextRequest() throws Exception {
    Member m = people.nobody();
    Browser browser = signedIn(m);
    browser.perform(get("/admin/kommuner/1278/platser")).andExpect(status().isForbidden());

    memberships.grant(m.id(), se.medborgarlofte.organisation.Role.COORDINATOR, "1278", null);

    browser.perform(get("/admin/kommuner/1278/platser")).andExpect(status().isOk());
  }

  @Test
  void aPasswordResetByAnAdminEndsOpenSessions() throws Exception {
    Member m = people.analyst();
    Browser browser = signedIn(m);
    users.resetPassword(m.id(), "reset-by-the-admin-2026");
    browser.perform(get("/admin")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void aLockEndsOpenSessions() throws Exception {
    Member m = people.analyst();
    Browser browser = signedIn(m);
    jdbc.sql("update organisation_user set failed_logins = 5, locked_until = now() + interval '15 minutes' where id = ?")
        .param(m.id()).update();
    browser.perform(get("/admin")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
    Member m = people.analyst();
    Browser here = signedIn(m);
    Browser elsewhere = signedIn(m);
    String before = here.session.getValue();
    here.perform(post("/konto/losenord").with(csrf()).param("currentPassword", People.PASSWORD)
            .param("newPassword", "my-own-new-passphrase").param("repeatPassword", "my-own-new-passphrase"))
        .andExpect(redirectedUrl("/konto"));
    assertThat(here.session.getValue()).as("a new session id").isNotEqualTo(before);
    here.perform(get("/admin")).andExpect(status().isOk());
    elsewhere.perform(get("/admin")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void aSessionEndsTwelveHoursAfterSignInHoweverBusy() throws Exception {
    Member m = people.analyst();
    Browser browser = signedIn(m);
    browser.perform(get("/admin")).andExpect(status().isOk());
    jdbc.sql("update spring_session set creation_time = ? where principal_name = ?")
        .params(System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis(), m.getUsername())
        .update();
    browser.perform(get("/admin")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void aSessionEndsAfterThirtyMinutesIdle() {
    assertThat(sessionRepository.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aLoggedOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
    Member m = people.admin();
    jdbc.sql("update organisation_user set must_change_password = true where id = ?").param(m.id()).update();
    Browser browser = signedIn(m);
    browser.perform(get("/admin")).andExpect(redirectedUrl("/konto"));
    browser.perform(get("/admin/anvandare")).andExpect(redirectedUrl("/konto"));
    browser.perform(post("/konto/nycklar").with(csrf()).param("name", "x")).andExpect(redirectedUrl("/konto"));
    browser.perform(get("/konto")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"must-change-password\"")));

    browser.perform(post("/konto/losenord").with(csrf()).param("currentPassword", People.PASSWORD)
            .param("newPassword", "now-only-i-know-it").param("repeatPassword", "now-only-i-know-it"))
        .andExpect(redirectedUrl("/konto"));
    browser.perform(get("/admin/anvandare")).andExpect(status().isOk());
    browser.perform(get("/konto")).andExpect(content().string(
        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("must-change-password"))));
  }

  @Test
  void theAdminWithAConfiguredPasswordNeedNotChangeIt() throws Exception {
    new Browser().signIn("admin", "admin-password-for-tests").perform(get("/admin/anvandare"))
        .andExpect(status().isOk());
  }
}
