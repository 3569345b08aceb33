package se.medborgarlofte.organisation.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Member;

/**
 * Counts the outcome of every password sign-in, form and HTTP Basic alike: wrong passwords towards the lock-out,
 * and every failure towards the back-off of the client and the name.
 */
@Component
class LoginAttempts {

  private final Lockout lockout;
  private final LoginThrottle throttle;

  LoginAttempts(Lockout lockout, LoginThrottle throttle) {
    this.lockout = lockout;
    this.throttle = throttle;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String username = event.getAuthentication().getName();
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
      throttle.failed(details.getRemoteAddress(), username);
    }
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      lockout.recordFailedLogin(username);
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof Member member) {
      throttle.succeeded(member.getUsername());
      lockout.recordSuccessfulLogin(member.getUsername());
    }
  }
}
