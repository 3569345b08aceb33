package se.medborgarlofte.organisation.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;

/**
 * Makes sure someone can sign in: creates {@code admin} when no admin exists, with MEDBORGARLOFTE_ADMIN_PASSWORD or,
 * without it, a random password logged this once. A logged password has been seen by whoever reads the logs, so it
 * must be changed at the first sign-in; a password the operator chose need not be.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final Users users;
  private final Memberships memberships;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final String password;

  FirstAdmin(Users users, Memberships memberships, JdbcClient jdbc, TransactionTemplate tx,
      @Value("${medborgarlofte.admin-password:}") String password) {
    this.users = users;
    this.memberships = memberships;
    this.jdbc = jdbc;
    this.tx = tx;
    this.password = password;
  }

  /** Before the web server opens, so the first request can already sign in. */
  @Override
  public void afterSingletonsInstantiated() {
    boolean given = password != null && !password.isBlank();
    String chosen = given ? password : randomPassword();
    if (ensureAdmin(chosen, !given)) {
      if (given) {
        log.info("Created user 'admin' with the password from MEDBORGARLOFTE_ADMIN_PASSWORD");
      } else {
        log.warn("Created user 'admin' with the one-time password: {}  (to be changed at the first sign-in)",
            chosen);
      }
    }
  }

  /** True when the first admin was created (or an existing {@code admin} user was made admin again). */
  boolean ensureAdmin(String chosenPassword, boolean oneTime) {
    return Boolean.TRUE.equals(tx.execute(status -> {
      boolean hasAdmin = jdbc.sql("select count(*) from organisation_membership where role = 'ADMIN'")
          .query(Integer.class).single() > 0;
      if (hasAdmin) {
        return false;
      }
      long id = users.loadMember("admin").map(Member::id).orElse(-1L);
      if (id < 0) {
        id = users.create("admin", "Administratör", null, chosenPassword);
      } else {
        // An existing 'admin' without the role gets the password that is announced, not the one it had.
        users.resetPassword(id, chosenPassword);
      }
      memberships.grant(id, Role.ADMIN, null, null);
      jdbc.sql("update organisation_user set must_change_password = ? where id = ?").params(oneTime, id).update();
      return true;
    }));
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
