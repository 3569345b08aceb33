package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.support.IntegrationTest;

/** Each test removes every admin inside a transaction that is rolled back, as if the database were new. */
@IntegrationTest
@Transactional
class FirstAdminIntegrationTests {

  @Autowired FirstAdmin firstAdmin;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  void noAdminLeft() {
    jdbc.sql("delete from organisation_membership where role = 'ADMIN'").update();
  }

  Users.Standing admin() {
    return users.standing(users.loadMember("admin").orElseThrow().id()).orElseThrow();
  }

  @Test
  void aLoggedOneTimePasswordIsTheAdminsPasswordAndMustBeChanged() {
    noAdminLeft();
    assertThat(firstAdmin.ensureAdmin("logged-once-0123456789", true)).isTrue();
    assertThat(admin().member().isAdmin()).isTrue();
    assertThat(passwords.matches("logged-once-0123456789", admin().member().getPassword())).isTrue();
    assertThat(admin().mustChangePassword()).isTrue();
  }

  @Test
  void aConfiguredPasswordNeedNotBeChanged() {
    noAdminLeft();
    assertThat(firstAdmin.ensureAdmin("chosen-by-the-operator", false)).isTrue();
    assertThat(admin().mustChangePassword()).isFalse();
  }

  @Test
  void nothingHappensWhileAnAdminExists() {
    assertThat(firstAdmin.ensureAdmin("never-used-0123456789", true)).isFalse();
    assertThat(admin().mustChangePassword()).isFalse();
  }
}
