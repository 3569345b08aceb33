package se.medborgarlofte.shared;

/** Who owns a commitment or signs a promise: the kommun, the police (the LPO), or both together. */
public enum Party {
  MUNICIPALITY,
  POLICE,
  JOINT
}
