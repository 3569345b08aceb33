package se.medborgarlofte.crimestats;

import java.time.OffsetDateTime;

/** One import in the history: who, when, which file, how many rows of each status. */
public record ImportView(long importId, String status, String importedBy, OffsetDateTime importedAt,
    String fileName, String sha256, long rows, long preliminaryRows, long finalRows, boolean duplicate,
    boolean example) {}
