package se.medborgarlofte.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final HandClock clock = new HandClock();
  final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottle.Limits(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(15)), clock);

  @Test
  void freeFailuresThenWaitsThatDoubleUpToTheCeiling() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("10.0.0.1", "anna");
    }
    assertThat(throttle.waitFor("10.0.0.1", "anna")).isZero();
    throttle.failed("10.0.0.1", "anna");
    assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("10.0.0.2", "ANNA ")).as("the name, from anywhere").isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("10.0.0.1", "anna")).isZero();
    throttle.failed("10.0.0.1", "anna");
    assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      throttle.failed("10.0.0.1", "anna");
    }
    assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aClientTryingManyNamesIsHeldBackForEveryName() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("10.0.0.9", "name-" + i);
    }
    assertThat(throttle.waitFor("10.0.0.9", "a-name-never-tried")).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("10.0.0.10", "a-name-never-tried")).isZero();
  }

  @Test
  void successClearsTheNameButNotTheClient() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("10.0.0.5", "bertil");
    }
    throttle.succeeded("bertil");
    assertThat(throttle.waitFor("10.0.0.6", "bertil")).isZero();
    assertThat(throttle.waitFor("10.0.0.5", "bertil")).isPositive();
  }

  @Test
  void countsAreForgottenAnHourAfterTheLastFailure() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("10.0.0.7", "cecilia");
    }
    clock.advance(Duration.ofMinutes(61));
    throttle.failed("10.0.0.7", "cecilia");
    assertThat(throttle.waitFor("10.0.0.7", "cecilia")).isZero();
  }
}
