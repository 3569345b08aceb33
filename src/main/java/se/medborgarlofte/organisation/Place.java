package se.medborgarlofte.organisation;

/** A sub-area of a kommun: a town (tätort), a district (stadsdel), a survey area, or a single point. */
public record Place(long id, String municipalityCode, String name, String kind, Double latitude, Double longitude) {

  public static final java.util.List<String> KINDS = java.util.List.of("TOWN", "DISTRICT", "SURVEY_AREA", "POINT");
}
