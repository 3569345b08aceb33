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
  ANALYST;

  public boolean isNational() {
    return this == ADMIN || this == ANALYST;
  }
}
