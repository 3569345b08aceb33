package se.medborgarlofte.reports;

/**
 * A report was moderated or its status changed: the reporter, if they left an address, is told after the commit.
 *
 * @param note the reason of a rejection or the status note
 */
public record PlaceReportChanged(long reportId, String moderation, String status, String note) {}
