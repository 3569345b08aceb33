package se.medborgarlofte.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads of dialogues: the published ones (entries moderated, points rounded), and all of a kommun for its staff. */
@Service
public class DialogueQueries {

  private final DialogueRepository repository;
  private final se.medborgarlofte.organisation.Places places;

  DialogueQueries(DialogueRepository repository, se.medborgarlofte.organisation.Places places) {
    this.repository = repository;
    this.places = places;
  }

  /**
   * The published entries with a place of the kommun's published dialogues held from {@code from} to {@code to}
   * (inclusive, either may be null), in id order: what the place reports' hotspots cluster besides the reports.
   */
  public List<PlacedEntry> placedEntries(String municipalityCode, java.time.LocalDate from, java.time.LocalDate to) {
    var positions = new java.util.HashMap<Long, double[]>();
    for (var place : places.in(municipalityCode)) {
      if (place.latitude() != null && place.longitude() != null) {
        positions.put(place.id(), new double[] {place.latitude(), place.longitude()});
      }
    }
    return repository.placedEntries(municipalityCode, from, to).stream()
        .map(e -> e.latitude() != null ? new PlacedEntry(e.id(), e.problemCategories(), e.latitude(), e.longitude(),
            e.heldOn())
            : positions.containsKey(e.placeId()) ? new PlacedEntry(e.id(), e.problemCategories(),
                positions.get(e.placeId())[0], positions.get(e.placeId())[1], e.heldOn()) : null)
        .filter(java.util.Objects::nonNull).toList();
  }

  public List<DialogueView> published(String municipalityCode, int limit) {
    return repository.published(municipalityCode, limit);
  }

  public Optional<DialogueView> publishedById(long id) {
    return repository.find(id, true);
  }

  /** An online dialogue open for citizens' entries, without its entries (some may await moderation). */
  public Optional<DialogueView> openOnline(long id) {
    return repository.find(id, false).filter(d -> d.kind() == DialogueKind.ONLINE && d.openForEntries())
        .map(d -> new DialogueView(d.id(), d.municipalityCode(), d.kind(), d.title(), d.date(), d.organisers(),
            d.placeId(), null, null, d.participants(), d.published() ? d.summary() : null, d.published(),
            d.openForEntries(), d.example(), List.of()));
  }
}
