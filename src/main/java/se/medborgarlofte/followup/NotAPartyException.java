package se.medborgarlofte.followup;

import org.springframework.security.access.AccessDeniedException;

/**
 * Refused because the caller does not act for that party of the promise. Still an access denial (403) everywhere,
 * but its message names the party, so the follow-up API can say why.
 */
public class NotAPartyException extends AccessDeniedException {

  public NotAPartyException(String message) {
    super(message);
  }
}
