package se.medborgarlofte.followup;

/**
 * A follow-up as the public and the dashboard see it: UPCOMING, DUE (within the reminder window, up to and including
 * its day), OVERDUE (its day has passed unpublished) or PUBLISHED.
 */
public enum FollowUpStatus { UPCOMING, DUE, OVERDUE, PUBLISHED }
