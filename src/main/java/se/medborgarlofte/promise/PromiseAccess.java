package se.medborgarlofte.promise;

import java.util.List;
import java.util.stream.Stream;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;

/**
 * Who may do what with a promise, in one place, asked of {@link Member} in the promise's scope (each of its kommuner
 * and each of its LPOs): coordinators of its kommuner and police users of its LPOs edit; members of either side and
 * analysts read drafts; a side's own signatory signs, and only the side's own staff record its signature given on
 * paper. Third parties have no accounts here: the promise's coordinators and police, who drafted it with them,
 * record their paper signatures. An archived promise's signatures are copied from its source by those who edit it
 * (admins too, since nobody signs anything here).
 */
public final class PromiseAccess {

  public static final Permission READ = Permission.of("promise.read");
  public static final Permission EDIT = Permission.of("promise.edit");
  public static final Permission SIGN = Permission.of("promise.sign");
  public static final Permission RECORD_SIGNATURE = Permission.of("promise.record-signature");

  private PromiseAccess() {}

  public static boolean mayEdit(Member m, String municipalityCode, long lpoId) {
    return mayEdit(m, List.of(municipalityCode), List.of(lpoId));
  }

  /** For a promise being drafted: a member of any of its kommuner or LPOs may draft it. */
  public static boolean mayEdit(Member m, List<String> municipalityCodes, List<Long> lpoIds) {
    return may(m, EDIT, scopes(municipalityCodes, lpoIds));
  }

  public static boolean mayEdit(Member m, Promise p) {
    return mayEdit(m, p.municipalityCodes(), p.localPoliceAreaIds());
  }

  /** Unpublished work is visible to the parties' members and to those who read everything. */
  public static boolean mayReadDrafts(Member m, Promise p) {
    return may(m, READ, scopes(p.municipalityCodes(), p.localPoliceAreaIds()));
  }

  /** A SIGNATORY of the side's own kommuner or LPOs signs in the app; third parties have no signatories here. */
  public static boolean maySignInApp(Member m, String party, Promise p) {
    boolean side = PromiseParty.MUNICIPALITY.equals(party) || PromiseParty.POLICE.equals(party);
    return side && may(m, SIGN, partyScopes(party, p));
  }

  /**
   * A side's own coordinator or police user records its signature given on paper, and either of them a third party's;
   * an admin does not.
   */
  public static boolean mayRecordPaperSignature(Member m, String party, Promise p) {
    return may(m, RECORD_SIGNATURE, partyScopes(party, p));
  }

  /** Copying an archived promise's signatures from its source is editing, not signing. */
  public static boolean mayRecordSourceSignature(Member m, Promise p) {
    return mayEdit(m, p);
  }

  private static List<Scope> partyScopes(String party, Promise p) {
    if (PromiseParty.MUNICIPALITY.equals(party)) {
      return scopes(p.municipalityCodes(), List.of());
    }
    if (PromiseParty.POLICE.equals(party)) {
      return scopes(List.of(), p.localPoliceAreaIds());
    }
    return scopes(p.municipalityCodes(), p.localPoliceAreaIds());
  }

  private static List<Scope> scopes(List<String> codes, List<Long> lpos) {
    return Stream.concat(codes.stream().map(Scope::municipality), lpos.stream().map(Scope::lpo)).toList();
  }

  private static boolean may(Member m, Permission permission, List<Scope> scopes) {
    return m != null && scopes.stream().anyMatch(s -> m.may(permission, s));
  }
}
