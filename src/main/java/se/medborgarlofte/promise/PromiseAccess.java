package se.medborgarlofte.promise;

import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.Party;

/**
 * Who may do what with a promise, in one place. Coordinators of the kommun and police users of the LPO edit; members
 * of either party and analysts read drafts; a signatory signs only for its own organisation.
 */
public final class PromiseAccess {

  private PromiseAccess() {}

  public static boolean mayEdit(Member m, String municipalityCode, long lpoId) {
    return m != null && (m.editsForMunicipality(municipalityCode) || m.editsForLpo(lpoId));
  }

  public static boolean mayEdit(Member m, Promise p) {
    return mayEdit(m, p.municipalityCode(), p.localPoliceAreaId());
  }

  /** Unpublished work is visible to the two parties' members and to those who read everything. */
  public static boolean mayReadDrafts(Member m, Promise p) {
    return m != null && (m.readsEverything() || m.municipalityCodes().contains(p.municipalityCode())
        || m.lpoIds().contains(p.localPoliceAreaId()) || mayEdit(m, p));
  }

  /** A SIGNATORY of the party's own organisation signs in the app. */
  public static boolean maySignInApp(Member m, Party party, Promise p) {
    return m != null && switch (party) {
      case MUNICIPALITY -> m.signsForMunicipality(p.municipalityCode());
      case POLICE -> m.signsForLpo(p.localPoliceAreaId());
      case JOINT -> false;
    };
  }

  /** The party's own coordinator or police user records a signature given on paper. */
  public static boolean mayRecordPaperSignature(Member m, Party party, Promise p) {
    return m != null && switch (party) {
      case MUNICIPALITY -> m.editsForMunicipality(p.municipalityCode());
      case POLICE -> m.editsForLpo(p.localPoliceAreaId());
      case JOINT -> false;
    };
  }
}
