package se.medborgarlofte.promise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.medborgarlofte.shared.Party;

/**
 * A signature under one version, for one party (its key): who signed, as what, when and where. A party may have
 * several (two for one side happens). IN_APP is a signatory signing here (timestamped); PAPER is a party's own staff,
 * or for a third party the promise's coordinators and police, recording a signature made on paper; SOURCE is a
 * signature an archived promise's source names, whose date and place may be unknown.
 */
public record Signature(
    String party,
    String name,
    String title,
    LocalDate signedOn,
    String place,
    Method method,
    @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy,
    OffsetDateTime recordedAt) {

  /** The seed's two sides, by their shorthand. */
  public Signature(Party party, String name, String title, LocalDate signedOn, String place, Method method,
      String recordedBy, OffsetDateTime recordedAt) {
    this(party == null ? null : party.name(), name, title, signedOn, place, method, recordedBy, recordedAt);
  }

  /**
   * The signature as the public sees it: the signatory's name and title, not the account that recorded it.
   * Usernames are half of a login, so they never leave the workspace.
   */
  public Signature withoutRecorder() {
    return new Signature(party, name, title, signedOn, place, method, null, recordedAt);
  }

  /** How the signature was given. */
  public enum Method { IN_APP, PAPER, SOURCE }
}
