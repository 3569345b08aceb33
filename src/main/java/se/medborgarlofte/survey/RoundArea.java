package se.medborgarlofte.survey;

/** A sub-area of a round: the code respondents give, its name, and the kommun's SURVEY_AREA place. */
public record RoundArea(String code, String name, Long placeId) {}
