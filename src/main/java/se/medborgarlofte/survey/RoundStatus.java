package se.medborgarlofte.survey;

/** A round is built as a draft, opened once, and closed once; its figures are computed when it closes. */
public enum RoundStatus {
  DRAFT, OPEN, CLOSED
}
