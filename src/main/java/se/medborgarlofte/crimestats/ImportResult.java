package se.medborgarlofte.crimestats;

/**
 * What an import did. {@code duplicate} is true when the same bytes were imported before: nothing changed, and the
 * numbers are those of that earlier import.
 */
public record ImportResult(long importId, long rows, long preliminaryRows, long finalRows, boolean duplicate) {}
