package se.medborgarlofte.reports;

import java.time.OffsetDateTime;

/**
 * A report as its moderators see it: the exact point and the location text, and whether the reporter left an
 * address (the address itself is shown to nobody).
 */
public record ModerationItem(long id, String municipalityCode, String category, String description,
    String timeOfDay, Double latitude, Double longitude, Long placeId, String locationText, String moderation,
    String rejectReason, String status, String statusNote, boolean feedbackAddress, OffsetDateTime submittedAt,
    String source, boolean example) {}
