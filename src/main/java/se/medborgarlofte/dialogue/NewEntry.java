package se.medborgarlofte.dialogue;

import java.util.List;

/** What was said: text, problem categories, an optional place; on a safety walk also a proposed action and owner. */
public record NewEntry(String text, List<String> problemCategories, Long placeId, Double lat, Double lon,
    String proposedAction, String owner) {}
