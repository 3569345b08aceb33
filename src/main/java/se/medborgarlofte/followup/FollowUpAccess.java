package se.medborgarlofte.followup;

import java.util.List;
import java.util.stream.Stream;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.promise.PromiseParty;
import se.medborgarlofte.promise.PromiseView;

/**
 * Who may act on a promise's follow-up, asked of {@link Member} in the promise's own scopes: the kommun side in its
 * kommuner, the police side in its LPOs. Third parties have no accounts, so either side's members log and report on
 * their behalf.
 */
public final class FollowUpAccess {

  public static final Permission EDIT = Permission.of("followup.edit");

  private FollowUpAccess() {}

  /** A member of this party of the promise (for a third party: a member of either side). */
  public static boolean actsFor(Member m, String party, PromiseView p) {
    return may(m, scopes(party, p));
  }

  /** A member of either side of the promise. */
  public static boolean isParty(Member m, PromiseView p) {
    return may(m, scopes(null, p));
  }

  private static List<Scope> scopes(String party, PromiseView p) {
    Stream<Scope> kommun = p.municipalityCodes().stream().map(Scope::municipality);
    Stream<Scope> police = p.localPoliceAreaIds().stream().map(Scope::lpo);
    if (PromiseParty.MUNICIPALITY.equals(party)) {
      return kommun.toList();
    }
    if (PromiseParty.POLICE.equals(party)) {
      return police.toList();
    }
    return Stream.concat(kommun, police).toList();
  }

  private static boolean may(Member m, List<Scope> scopes) {
    return m != null && scopes.stream().anyMatch(s -> m.may(EDIT, s));
  }
}
