package se.medborgarlofte.followup;

/** A report on the way (FOLLOW_UP, every interval) or the evaluation at the end. */
public enum FollowUpKind { FOLLOW_UP, EVALUATION }
