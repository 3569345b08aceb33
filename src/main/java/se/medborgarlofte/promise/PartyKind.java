package se.medborgarlofte.promise;

/**
 * What kind of party a promise has. The kommun side and the police side are the two the agreement is between; any
 * number of others (Kustbevakningen, a city-centre association, a property owner, a bus company) may join with
 * commitments of their own, or sign without any.
 */
public enum PartyKind {
  MUNICIPALITY,
  POLICE,
  AGENCY,
  COMPANY,
  ASSOCIATION,
  OTHER;

  /** The kinds a third party may have: the kommun and the police sides are given by their kommuner and LPOs. */
  public boolean isThirdParty() {
    return this != MUNICIPALITY && this != POLICE;
  }
}
