package se.medborgarlofte.reports;

/**
 * A report as a citizen (or an Open311 app) sends it. The place is a point, one of the kommun's places, or a
 * described location; at least one is needed. {@code website} is the form's honeypot: people never see it, so
 * anything in it came from a script.
 */
public record NewPlaceReport(String municipalityCode, String category, String description, String timeOfDay,
    Double latitude, Double longitude, Long placeId, String locationText, String email, String website,
    String source) {}
