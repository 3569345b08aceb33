package se.medborgarlofte.organisation.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords (not forever: that would hand anyone a way to shut a
 * user out). The lock stops password sign-in only; personal API tokens keep working.
 */
@Component
class Lockout {

  private final JdbcClient jdbc;
  private final int maxFailures;
  private final int lockMinutes;

  Lockout(JdbcClient jdbc, @Value("${medborgarlofte.login.max-failures:5}") int maxFailures,
      @Value("${medborgarlofte.login.lock-minutes:15}") int lockMinutes) {
    this.jdbc = jdbc;
    this.maxFailures = maxFailures;
    this.lockMinutes = lockMinutes;
  }

  /**
   * Counts a wrong password. Once a lock has expired the count starts again from one; otherwise a single wrong try
   * every quarter of an hour would keep an account locked for good.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailedLogin(String username) {
    jdbc.sql("""
        update organisation_user set
          failed_logins = case when locked_until <= now() then 1 else failed_logins + 1 end,
          locked_until = case
            when (case when locked_until <= now() then 1 else failed_logins + 1 end) >= :max
              then now() + make_interval(mins => :minutes)
            when locked_until <= now() then null
            else locked_until end
        where lower(username) = lower(:username)""")
        .param("max", maxFailures).param("minutes", lockMinutes).param("username", username).update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSuccessfulLogin(String username) {
    // Runs on every successful login, HTTP Basic calls included: only write when there is something to reset.
    jdbc.sql("""
        update organisation_user set failed_logins = 0, locked_until = null
        where lower(username) = lower(?) and (failed_logins > 0 or locked_until is not null)""")
        .param(username).update();
  }
}
