package se.medborgarlofte.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads of dialogues: the published ones (entries moderated, points rounded), and all of a kommun for its staff. */
@Service
public class DialogueQueries {

  private final DialogueRepository repository;

  DialogueQueries(DialogueRepository repository) {
    this.repository = repository;
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
