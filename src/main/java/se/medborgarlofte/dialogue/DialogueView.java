package se.medborgarlofte.dialogue;

import java.time.LocalDate;
import java.util.List;

/** A dialogue as the public (published) or its staff see it, with its entries. */
public record DialogueView(long id, String municipalityCode, DialogueKind kind, String title, LocalDate date,
    List<String> organisers, Long placeId, Double lat, Double lon, Participants participants, String summary,
    boolean published, boolean openForEntries, boolean example, List<EntryView> entries) {

  /** One entry; coordinates rounded to three decimals like every public point. */
  public record EntryView(long id, String text, List<String> problemCategories, Long placeId, Double lat, Double lon,
      String proposedAction, String owner, boolean fromPublic, String moderation) {}
}
