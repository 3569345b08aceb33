package se.medborgarlofte.organisation;

/**
 * Where a permission is asked for: a kommun, an LPO, both (a promise belongs to a kommun and an LPO, and a member of
 * either side counts), or anywhere (may the member do this somewhere at all, e.g. to show a menu entry).
 */
public record Scope(String municipalityCode, Long lpoId, boolean anywhere) {

  public static final Scope ANYWHERE = new Scope(null, null, true);

  public static Scope municipality(String code) {
    return new Scope(code, null, false);
  }

  public static Scope lpo(long lpoId) {
    return new Scope(null, lpoId, false);
  }

  /** Either the kommun or the LPO. */
  public static Scope of(String municipalityCode, Long lpoId) {
    return new Scope(municipalityCode, lpoId, false);
  }

  boolean covers(Membership m) {
    return anywhere || m.role().isNational()
        || (municipalityCode != null && m.inMunicipality(municipalityCode))
        || (lpoId != null && m.inLpo(lpoId));
  }
}
