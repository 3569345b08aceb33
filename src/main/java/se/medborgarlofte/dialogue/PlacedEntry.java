package se.medborgarlofte.dialogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A published entry of a published dialogue that has a place, as other modules may use it (the place reports'
 * hotspots count it): its problem categories, the exact point (the entry's own, else its named place's) and the day
 * the dialogue was held. No text, nothing about who said it.
 */
public record PlacedEntry(long id, List<String> problemCategories, double latitude, double longitude,
    LocalDate heldOn) {}
