package se.medborgarlofte.followup;

/** Where a commitment stands in a follow-up report. */
public enum CommitmentStatus { PLANNED, IN_PROGRESS, DONE, PARTLY_DONE, NOT_DONE, CANCELLED }
