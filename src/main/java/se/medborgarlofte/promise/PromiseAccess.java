package se.medborgarlofte.promise;

import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.Party;

/**
 * Who may do what with a promise, in one place, asked of {@link Member} in the promise's scope (its kommun and its
 * LPO): coordinators of the kommun and police users of the LPO edit; members of either party and analysts read
 * drafts; a party's own signatory signs, and only the party's own staff record its signature given on paper.
 */
public final class PromiseAccess {

  public static final Permission READ = Permission.of("promise.read");
  public static final Permission EDIT = Permission.of("promise.edit");
  public static final Permission SIGN = Permission.of("promise.sign");
  public static final Permission RECORD_SIGNATURE = Permission.of("promise.record-signature");

  private PromiseAccess() {}

  public static boolean mayEdit(Member m, String municipalityCode, long lpoId) {
    return m != null && m.may(EDIT, Scope.of(municipalityCode, lpoId));
  }

  public static boolean mayEdit(Member m, Promise p) {
    return mayEdit(m, p.municipalityCode(), p.localPoliceAreaId());
  }

  /** Unpublished work is visible to the two parties' members and to those who read everything. */
  public static boolean mayReadDrafts(Member m, Promise p) {
    return m != null && m.may(READ, Scope.of(p.municipalityCode(), p.localPoliceAreaId()));
  }

  /** A SIGNATORY of the party's own organisation signs in the app. */
  public static boolean maySignInApp(Member m, Party party, Promise p) {
    return m != null && partyScope(party, p) != null && m.may(SIGN, partyScope(party, p));
  }

  /** The party's own coordinator or police user records a signature given on paper; an admin does not. */
  public static boolean mayRecordPaperSignature(Member m, Party party, Promise p) {
    return m != null && partyScope(party, p) != null && m.may(RECORD_SIGNATURE, partyScope(party, p));
  }

  private static Scope partyScope(Party party, Promise p) {
    return switch (party) {
      case MUNICIPALITY -> Scope.municipality(p.municipalityCode());
      case POLICE -> Scope.lpo(p.localPoliceAreaId());
      case JOINT -> null;
    };
  }
}
