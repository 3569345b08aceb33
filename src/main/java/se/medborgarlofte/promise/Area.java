package se.medborgarlofte.promise;

/**
 * A part of its kommuner a promise is for (Västra hamnen, a resecentrum, a stadsdel): free text, or one of the
 * kommun's places, whose name is copied in so that a published version keeps reading as it was signed.
 */
public record Area(String name, Long placeId) {}
