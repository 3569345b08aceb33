package se.medborgarlofte.organisation.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Accounts;

/**
 * Makes sure someone can sign in: creates {@code admin} when no admin exists, with MEDBORGARLOFTE_ADMIN_PASSWORD or,
 * without it, a random password logged this once.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final Accounts accounts;
  private final String password;

  FirstAdmin(Accounts accounts, @Value("${medborgarlofte.admin-password:}") String password) {
    this.accounts = accounts;
    this.password = password;
  }

  /** Before the web server opens, so the first request can already sign in. */
  @Override
  public void afterSingletonsInstantiated() {
    boolean given = password != null && !password.isBlank();
    String chosen = given ? password : randomPassword();
    if (accounts.ensureAdmin(chosen)) {
      if (given) {
        log.info("Created user 'admin' with the password from MEDBORGARLOFTE_ADMIN_PASSWORD");
      } else {
        log.warn("Created user 'admin' with the one-time password: {}  (change it at /konto)", chosen);
      }
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
