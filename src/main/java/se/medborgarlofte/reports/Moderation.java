package se.medborgarlofte.reports;

/** The moderator's decision on a report. */
public enum Moderation {
  AWAITING_MODERATION,
  PUBLISHED,
  REJECTED
}
