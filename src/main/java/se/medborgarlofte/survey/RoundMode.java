package se.medborgarlofte.survey;

/** How respondents reach a round: a public link, or single-use invitation codes sent by post. */
public enum RoundMode {
  OPEN, INVITATION
}
