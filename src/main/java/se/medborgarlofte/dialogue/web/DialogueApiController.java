package se.medborgarlofte.dialogue.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.dialogue.DialogueKind;
import se.medborgarlofte.dialogue.DialogueQueries;
import se.medborgarlofte.dialogue.DialogueView;
import se.medborgarlofte.dialogue.Dialogues;
import se.medborgarlofte.dialogue.NewDialogue;
import se.medborgarlofte.dialogue.NewEntry;
import se.medborgarlofte.dialogue.Participants;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/** API v1 of dialogues: staff enter dialogues, entries and summaries; anyone reads what was published. */
@RestController
class DialogueApiController {

  /** A place: one of the kommun's places or a point. */
  record PlaceBody(Long placeId, Double lat, Double lon) {}

  record DialogueBody(String municipalityCode, DialogueKind kind, String title, LocalDate date,
      List<String> organisers, PlaceBody place, Participants participants, Boolean openForEntries) {}

  record EntryBody(String text, List<String> problemCategories, Long place, Double lat, Double lon,
      String proposedAction, String owner) {}

  record SummaryBody(String summary) {}

  record ModerationBody(String decision, String reason) {}

  private final Dialogues dialogues;
  private final DialogueQueries queries;
  private final Municipalities municipalities;

  DialogueApiController(Dialogues dialogues, DialogueQueries queries, Municipalities municipalities) {
    this.dialogues = dialogues;
    this.queries = queries;
    this.municipalities = municipalities;
  }

  @PostMapping("/api/v1/dialogues")
  ResponseEntity<Map<String, Object>> create(@RequestBody DialogueBody body) {
    if (body == null) {
      throw InvalidInputException.of("body", "send a JSON object");
    }
    PlaceBody place = body.place() == null ? new PlaceBody(null, null, null) : body.place();
    String title = body.title() != null ? body.title() : body.kind() == null || body.date() == null ? null
        : defaultTitle(body.kind()) + " " + body.date();
    long id = dialogues.create(CurrentMember.require(), new NewDialogue(body.municipalityCode(), body.kind(), title,
        body.date(), body.organisers(), place.placeId(), place.lat(), place.lon(), body.participants(),
        Boolean.TRUE.equals(body.openForEntries())));
    return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/dialogues/{id}/entries")
  ResponseEntity<Map<String, Object>> addEntry(@PathVariable long id, @RequestBody EntryBody body) {
    long entry = dialogues.addEntry(CurrentMember.require(), id, entry(body));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", entry));
  }

  /** Anyone may add an entry to an open online dialogue; it waits for moderation. */
  @PostMapping("/api/v1/dialogues/{id}/submissions")
  ResponseEntity<Map<String, Object>> submit(@PathVariable long id, @RequestBody EntryBody body) {
    long entry = dialogues.submitFromPublic(id, entry(body));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", entry, "status", "AWAITING_MODERATION"));
  }

  @PostMapping("/api/v1/dialogue-entries/{id}/moderation")
  Map<String, Object> moderate(@PathVariable("id") long entryId, @RequestBody ModerationBody body) {
    dialogues.moderateEntry(CurrentMember.require(), entryId, body.decision(), body.reason());
    return Map.of("id", entryId, "status", "PUBLISH".equals(body.decision()) ? "PUBLISHED" : "REJECTED");
  }

  @PutMapping("/api/v1/dialogues/{id}/summary")
  Map<String, Object> summary(@PathVariable long id, @RequestBody SummaryBody body) {
    dialogues.publishSummary(CurrentMember.require(), id, body.summary());
    return Map.of("id", id, "published", true);
  }

  @GetMapping("/api/v1/dialogues")
  List<DialogueView> published(@RequestParam String municipality) {
    if (!municipalities.exists(municipality)) {
      throw new NotFoundException("no municipality " + municipality);
    }
    return queries.published(municipality, 200);
  }

  @GetMapping("/api/v1/dialogues/{id}")
  DialogueView one(@PathVariable long id) {
    return queries.publishedById(id).orElseThrow(() -> new NotFoundException("no published dialogue " + id));
  }

  private static NewEntry entry(EntryBody body) {
    if (body == null) {
      throw InvalidInputException.of("body", "send a JSON object");
    }
    return new NewEntry(body.text(), body.problemCategories(), body.place(), body.lat(), body.lon(),
        body.proposedAction(), body.owner());
  }

  static String defaultTitle(DialogueKind kind) {
    return switch (kind) {
      case MEETING -> "Medborgardialog";
      case SAFETY_WALK -> "Trygghetsvandring";
      case ONLINE -> "Dialog på nätet";
    };
  }
}
