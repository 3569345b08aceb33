package se.medborgarlofte.promise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.medborgarlofte.shared.Party;

/**
 * A party's signature under one version: who signed, as what, when and where. IN_APP is a signatory signing here
 * (timestamped); PAPER is a coordinator or police user recording a signature made on paper.
 */
public record Signature(
    Party party,
    String name,
    String title,
    LocalDate signedOn,
    String place,
    Method method,
    @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy,
    OffsetDateTime recordedAt) {

  /**
   * The signature as the public sees it: the signatory's name and title, not the account that recorded it.
   * Usernames are half of a login, so they never leave the workspace.
   */
  public Signature withoutRecorder() {
    return new Signature(party, name, title, signedOn, place, method, null, recordedAt);
  }

  /** How the signature was given. */
  public enum Method { IN_APP, PAPER }
}
