package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.ApiTokens;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The lock-out in the database and the back-off before it, through form login and HTTP Basic. The test
 * configuration makes a held-back attempt wait 60 s, so "held back" is not a race.
 */
@IntegrationTest
class LoginProtectionIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Users users;
  @Autowired ApiTokens tokens;
  @Autowired Lockout lockout;
  @Autowired JdbcClient jdbc;

  int failedLogins(Member m) {
    return jdbc.sql("select failed_logins from organisation_user where id = ?").param(m.id()).query(Integer.class)
        .single();
  }

  MockHttpServletRequestBuilder addPlace() {
    return post("/api/v1/municipalities/1278/places").contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"Plats " + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"POINT\"}");
  }

  @Test
  void wrongPasswordsLockPasswordSignInButNotTheOwnersApiTokens() throws Exception {
    Member m = people.coordinator("1278");
    String token = tokens.issue(m, "script");
    for (int i = 0; i < 2; i++) {
      mvc.perform(formLogin("/login").user(m.getUsername()).password("wrong-password"))
          .andExpect(redirectedUrl("/login?error"));
    }
    assertThat(failedLogins(m)).isEqualTo(2);
    // The rest of the way to the lock directly, so that the back-off (3 free failures) stays out of this test.
    for (int i = 0; i < 3; i++) {
      lockout.recordFailedLogin(m.getUsername());
    }
    assertThat(users.loadMember(m.id()).orElseThrow().isAccountNonLocked()).isFalse();

    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(addPlace().with(httpBasic(m.getUsername(), People.PASSWORD))).andExpect(status().isUnauthorized());
    mvc.perform(addPlace().header("Authorization", "Bearer " + token)).andExpect(status().isCreated());
  }

  @Test
  void theFailureCountStartsAgainWhenTheLockHasExpired() throws Exception {
    Member m = people.analyst();
    jdbc.sql("update organisation_user set failed_logins = 5, locked_until = now() - interval '1 minute' where id = ?")
        .param(m.id()).update();
    mvc.perform(formLogin("/login").user(m.getUsername()).password("one-more-wrong-try"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(failedLogins(m)).isOne();
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void everySignInFailureGetsTheSameAnswer() throws Exception {
    Member locked = people.analyst();
    jdbc.sql("update organisation_user set locked_until = now() + interval '15 minutes' where id = ?")
        .param(locked.id()).update();
    Member disabled = people.analyst();
    users.setEnabled(disabled.id(), false);
    Member known = people.analyst();

    mvc.perform(formLogin("/login").user("nobody-" + UUID.randomUUID()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/login").user(known.getUsername()).password("wrong-password"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/login").user(locked.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/login").user(disabled.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void formSignInIsHeldBackPerUserNameBeforeThePasswordIsChecked() throws Exception {
    Member m = people.analyst();
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin("/login").user(m.getUsername()).password("guess-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    assertThat(failedLogins(m)).isEqualTo(4);
    mvc.perform(formLogin("/login").user(m.getUsername()).password("guess-5")).andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(failedLogins(m)).as("held back: neither attempt reached the password check").isEqualTo(4);
    assertThat(users.loadMember(m.id()).orElseThrow().isAccountNonLocked()).as("so not locked").isTrue();

    Member other = people.analyst();
    mvc.perform(formLogin("/login").user(other.getUsername()).password(People.PASSWORD))
        .andExpect(redirectedUrl("/admin"));
  }

  @Test
  void httpBasicIsHeldBackWith429AndRetryAfterButTokensAreNot() throws Exception {
    Member m = people.coordinator("1278");
    String token = tokens.issue(m, "script");
    for (int i = 0; i < 4; i++) {
      mvc.perform(addPlace().with(httpBasic(m.getUsername(), "guess-" + i))).andExpect(status().isUnauthorized());
    }
    mvc.perform(addPlace().with(httpBasic(m.getUsername(), People.PASSWORD)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(failedLogins(m)).isEqualTo(4);
    mvc.perform(addPlace().header("Authorization", "Bearer " + token)).andExpect(status().isCreated());
  }

  @Test
  void aSuccessfulSignInClearsTheCountsOfTheName() throws Exception {
    Member m = people.analyst();
    for (int i = 0; i < 3; i++) {
      mvc.perform(formLogin("/login").user(m.getUsername()).password("nope-nope-nope"));
    }
    mvc.perform(formLogin("/login").user(m.getUsername()).password(People.PASSWORD)).andExpect(redirectedUrl("/admin"));
    assertThat(failedLogins(m)).isZero();
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin("/login").user(m.getUsername()).password("nope-again-" + i));
    }
    assertThat(failedLogins(m)).as("all four reached the password check again").isEqualTo(4);
  }

  @Test
  void aPasswordThatMustBeChangedDoesNotOpenTheApi() throws Exception {
    Member m = people.coordinator("1278");
    jdbc.sql("update organisation_user set must_change_password = true where id = ?").param(m.id()).update();
    mvc.perform(addPlace().with(httpBasic(m.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    jdbc.sql("update organisation_user set must_change_password = false where id = ?").param(m.id()).update();
    mvc.perform(addPlace().with(httpBasic(m.getUsername(), People.PASSWORD))).andExpect(status().isCreated());
  }

  @Test
  void httpBasicOnTheMetricsIsHeldBackToo() throws Exception {
    Member admin = people.admin();
    for (int i = 0; i < 4; i++) {
      mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/prometheus")
          .with(httpBasic(admin.getUsername(), "guess-" + i))).andExpect(status().isUnauthorized());
    }
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/prometheus")
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isTooManyRequests());
    assertThat(failedLogins(admin)).isEqualTo(4);
  }
}
