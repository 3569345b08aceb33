package se.medborgarlofte.organisation.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Accounts;

/** Counts failed logins (form and HTTP Basic alike) so that guessing a password locks the account for a while. */
@Component
class LoginAttempts {

  private final Accounts accounts;

  LoginAttempts(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedLogin(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof se.medborgarlofte.organisation.Member member) {
      accounts.recordSuccessfulLogin(member.getUsername());
    }
  }
}
