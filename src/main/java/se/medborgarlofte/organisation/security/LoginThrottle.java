package se.medborgarlofte.organisation.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Back-off for password sign-in, per client address and per user name. After a few free failures, an attempt that
 * comes before its wait has passed is refused before the password is checked ({@link LoginThrottleFilter}); each
 * further failure doubles the wait, up to a ceiling. Unknown user
 * names are counted like known ones, so the throttle tells nobody which names exist. Kept in memory on this node: a
 * restart forgets it, which is fine, since the lock-out in the database still counts.
 */
@Component
class LoginThrottle {

  /** How many failures are free, how long the first wait is, and the longest. */
  record Limits(int freePerUser, int freePerClient, Duration firstWait, Duration longestWait) {}

  private record Failures(int count, Instant last) {}

  private final Limits limits;
  private final Clock clock;
  private final Cache<String, Failures> failures;

  @Autowired
  LoginThrottle(@Value("${medborgarlofte.login.free-failures-per-user:3}") int freePerUser,
      @Value("${medborgarlofte.login.free-failures-per-client:10}") int freePerClient,
      @Value("${medborgarlofte.login.first-wait:1s}") Duration firstWait,
      @Value("${medborgarlofte.login.longest-wait:15m}") Duration longestWait) {
    this(new Limits(freePerUser, freePerClient, firstWait, longestWait), Clock.systemUTC());
  }

  LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    // Bounded, so a flood of made-up names cannot fill the heap; forgotten an hour after the last failure.
    this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofHours(1))
        .ticker(() -> clock.millis() * 1_000_000L).build();
  }

  /** How long this client must wait before trying this name again; zero when it may try now. */
  Duration waitFor(String client, String username) {
    Duration forClient = wait(failures.getIfPresent(clientKey(client)), limits.freePerClient());
    Duration forUser = username == null ? Duration.ZERO
        : wait(failures.getIfPresent(userKey(username)), limits.freePerUser());
    return forClient.compareTo(forUser) > 0 ? forClient : forUser;
  }

  void failed(String client, String username) {
    Instant now = clock.instant();
    failures.asMap().merge(clientKey(client), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    if (username != null) {
      failures.asMap().merge(userKey(username), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    }
  }

  /** The name's count starts again; the client's does not, or one known password would let it spray others. */
  void succeeded(String username) {
    failures.invalidate(userKey(username));
  }

  private Duration wait(Failures f, int free) {
    if (f == null || f.count() <= free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(f.count() - free - 1, 30);
    Duration wait = limits.firstWait().multipliedBy(1L << doublings);
    if (wait.compareTo(limits.longestWait()) > 0) {
      wait = limits.longestWait();
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String clientKey(String client) {
    return "client:" + client;
  }

  private static String userKey(String username) {
    return "user:" + username.strip().toLowerCase(Locale.ROOT);
  }
}
