package se.medborgarlofte.dialogue;

import java.time.LocalDate;
import java.util.List;

/** A dialogue as staff enter it; the place is one of the kommun's places, a point, or none. */
public record NewDialogue(String municipalityCode, DialogueKind kind, String title, LocalDate date,
    List<String> organisers, Long placeId, Double lat, Double lon, Participants participants,
    boolean openForEntries) {}
