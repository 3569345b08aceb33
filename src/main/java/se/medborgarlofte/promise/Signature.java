package se.medborgarlofte.promise;

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
    String recordedBy,
    OffsetDateTime recordedAt) {

  /** How the signature was given. */
  public enum Method { IN_APP, PAPER }
}
