package se.medborgarlofte.organisation;

/** What a person may do. ADMIN and ANALYST are national; the others are scoped by a membership. */
public enum Role {
  /** Everything, everywhere. */
  ADMIN,
  /** A kommun's staff, e.g. the crime-prevention coordinator (brottsförebyggande samordnare). */
  COORDINATOR,
  /** An LPO's staff, e.g. the community police officer (kommunpolis). */
  POLICE,
  /** May sign for its organisation: the KSO for the kommun, the LPO chief for the police. */
  SIGNATORY,
  /** Reads everything, drafts included; changes nothing. */
  ANALYST,
  /**
   * Files the weekly EST report for a kommun's places (housing-company staff, municipal staff, guards): trained
   * observers, not staff of the partnership. Scoped to a kommun.
   */
  REPORTER,
  /** Moderates citizens' place reports and dialogue entries in a kommun or an LPO. */
  MODERATOR;

  public boolean isNational() {
    return this == ADMIN || this == ANALYST;
  }
}
