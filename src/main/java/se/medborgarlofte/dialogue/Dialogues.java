package se.medborgarlofte.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityGeometry;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The write side of dialogues: staff of the kommun or its LPO enter dialogues and entries and publish summaries;
 * citizens add entries to an open online dialogue, which wait for moderation. Every change is audited.
 */
@Service
public class Dialogues {

  public static final Permission EDIT = Permission.of("dialogue.edit");
  /** Moderating citizens' entries only: the MODERATOR role's, besides the staff who hold {@link #EDIT}. */
  public static final Permission MODERATE = Permission.of("dialogue.moderate");
  static final int MAX_TEXT = 2000;
  static final int MAX_SUMMARY = 5000;

  private final DialogueRepository repository;
  private final Municipalities municipalities;
  private final MunicipalityGeometry geometry;
  private final Places places;
  private final ProblemCategories categories;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Dialogues(DialogueRepository repository, Municipalities municipalities, MunicipalityGeometry geometry,
      Places places, ProblemCategories categories, AuditTrail audit, ApplicationEventPublisher events) {
    this.repository = repository;
    this.municipalities = municipalities;
    this.geometry = geometry;
    this.places = places;
    this.categories = categories;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public long create(Member by, NewDialogue d) {
    return create(by, d, false);
  }

  /** Demo dialogues: invented, marked as examples. */
  @Transactional
  public long createExample(Member by, NewDialogue d) {
    return create(by, d, true);
  }

  private long create(Member by, NewDialogue d, boolean example) {
    FieldErrors errors = new FieldErrors();
    MunicipalityView kommun = d.municipalityCode() == null ? null
        : municipalities.find(d.municipalityCode()).orElse(null);
    if (kommun == null) {
      errors.add("municipalityCode", "no kommun has the code " + d.municipalityCode());
    } else if (!edits(by, kommun.code())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff enter its dialogues");
    }
    if (d.kind() == null) {
      errors.add("kind", "must be MEETING, SAFETY_WALK or ONLINE");
    }
    if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
      errors.add("title", "must be 1–200 characters");
    }
    if (d.date() == null) {
      errors.add("date", "give the date (YYYY-MM-DD)");
    } else if (d.date().isAfter(LocalDate.now().plusYears(1))) {
      errors.add("date", "must be within a year from today");
    }
    List<String> parties = List.of(Party.MUNICIPALITY.name(), Party.POLICE.name(), Party.JOINT.name());
    if (d.organisers() == null || d.organisers().isEmpty()) {
      errors.add("organisers", "name at least one organising party: " + String.join(", ", parties));
    } else {
      d.organisers().stream().filter(o -> !parties.contains(o)).forEach(o -> errors.add("organisers",
          "'" + o + "' is not a party: " + String.join(", ", parties)));
    }
    if (d.kind() == DialogueKind.ONLINE || !d.openForEntries()) {
      // fine: only an online dialogue takes citizens' entries
    } else {
      errors.add("openForEntries", "only an online dialogue takes entries from citizens");
    }
    checkParticipants(d.participants(), errors);
    double[] point = place(kommun, d.placeId(), d.lat(), d.lon(), errors);
    errors.throwIfAny();
    long id = repository.insert(d, point == null ? null : point[0], point == null ? null : point[1], example);
    audit.record("DIALOGUE_CREATED", "Dialogue", id, null, repository.find(id, false).orElseThrow());
    return id;
  }

  @Transactional
  public long addEntry(Member by, long dialogueId, NewEntry e) {
    DialogueView d = load(dialogueId);
    if (!edits(by, d.municipalityCode())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff add entries");
    }
    FieldErrors errors = new FieldErrors();
    checkEntry(d, e, errors);
    if (d.kind() != DialogueKind.SAFETY_WALK && (notBlank(e.proposedAction()) || notBlank(e.owner()))) {
      errors.add("proposedAction", "only a safety walk's entries have a proposed action and an owner");
    }
    if (notBlank(e.owner()) && e.owner().strip().length() > 120) {
      errors.add("owner", "must be at most 120 characters");
    }
    if (notBlank(e.proposedAction()) && e.proposedAction().strip().length() > MAX_TEXT) {
      errors.add("proposedAction", "must be at most " + MAX_TEXT + " characters");
    }
    double[] point = place(municipalities.find(d.municipalityCode()).orElseThrow(), e.placeId(), e.lat(), e.lon(),
        errors);
    errors.throwIfAny();
    long id = repository.insertEntry(dialogueId, e, point == null ? null : point[0], point == null ? null : point[1],
        false);
    audit.record("DIALOGUE_ENTRY_ADDED", "Dialogue", dialogueId, null, Map.of("entryId", id,
        "problemCategories", e.problemCategories()));
    if (d.published()) {
      events.publishEvent(new PublicContentChanged("DIALOGUE_ENTRY_ADDED"));
    }
    return id;
  }

  /** A citizen's entry to an open online dialogue: nobody sees it until a moderator publishes it. */
  @Transactional
  public long submitFromPublic(long dialogueId, NewEntry e) {
    DialogueView d = repository.find(dialogueId, false).filter(x -> x.kind() == DialogueKind.ONLINE
        && x.openForEntries()).orElseThrow(() -> new NotFoundException("no open online dialogue " + dialogueId));
    FieldErrors errors = new FieldErrors();
    checkEntry(d, e, errors);
    if (notBlank(e.proposedAction()) || notBlank(e.owner())) {
      errors.add("proposedAction", "only a safety walk's entries have a proposed action and an owner");
    }
    double[] point = place(municipalities.find(d.municipalityCode()).orElseThrow(), e.placeId(), e.lat(), e.lon(),
        errors);
    errors.throwIfAny();
    long id = repository.insertEntry(dialogueId, e, point == null ? null : point[0], point == null ? null : point[1],
        true);
    audit.record("DIALOGUE_ENTRY_SUBMITTED", "Dialogue", dialogueId, null, Map.of("entryId", id,
        "textLength", e.text().strip().length()));
    return id;
  }

  @Transactional
  public void moderateEntry(Member by, long entryId, String decision, String reason) {
    String[] state = repository.entryState(entryId)
        .orElseThrow(() -> new NotFoundException("no dialogue entry " + entryId));
    long dialogueId = Long.parseLong(state[0]);
    DialogueView d = load(dialogueId);
    if (!edits(by, d.municipalityCode()) && !holds(by, MODERATE, d.municipalityCode())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff moderate its dialogues");
    }
    FieldErrors errors = new FieldErrors();
    if (!"PUBLISH".equals(decision) && !"REJECT".equals(decision)) {
      errors.add("decision", "must be PUBLISH or REJECT");
    }
    if ("REJECT".equals(decision) && !notBlank(reason)) {
      errors.add("reason", "give the reason for rejecting the entry");
    }
    errors.throwIfAny();
    if (!"AWAITING_MODERATION".equals(state[1])) {
      throw new ConflictException("entry " + entryId + " was already moderated (" + state[1] + ")");
    }
    String moderation = "PUBLISH".equals(decision) ? "PUBLISHED" : "REJECTED";
    repository.moderateEntry(entryId, moderation, "REJECT".equals(decision) ? reason.strip() : null);
    audit.record("DIALOGUE_ENTRY_" + moderation, "Dialogue", dialogueId, Map.of("entryId", entryId,
        "moderation", state[1]), Map.of("entryId", entryId, "moderation", moderation));
    events.publishEvent(new PublicContentChanged("DIALOGUE_ENTRY_MODERATED"));
  }

  /** Publishes (or replaces) the summary; the dialogue is then public on the kommun page. */
  @Transactional
  public void publishSummary(Member by, long dialogueId, String summary) {
    DialogueView before = load(dialogueId);
    if (!edits(by, before.municipalityCode())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff publish its dialogues");
    }
    if (!notBlank(summary) || summary.strip().length() > MAX_SUMMARY) {
      new FieldErrors().add("summary", "must be 1–" + MAX_SUMMARY + " characters").throwIfAny();
    }
    repository.publishSummary(dialogueId, summary.strip());
    audit.record("DIALOGUE_SUMMARY_PUBLISHED", "Dialogue", dialogueId, Map.of("summary",
        String.valueOf(before.summary())), Map.of("summary", summary.strip()));
    events.publishEvent(new PublicContentChanged("DIALOGUE_SUMMARY_PUBLISHED"));
  }

  /** Every dialogue of the kommun as its staff see it (entries awaiting moderation too, points exact). */
  public List<DialogueView> forStaff(Member by, String municipalityCode) {
    if (!edits(by, municipalityCode) && !holds(by, MODERATE, municipalityCode)) {
      throw new AccessDeniedException("only the kommun's or its police area's staff see its dialogues in admin");
    }
    return repository.ofMunicipality(municipalityCode);
  }

  /** One dialogue as its staff see it. */
  public DialogueView forStaff(Member by, long id) {
    DialogueView d = load(id);
    if (!edits(by, d.municipalityCode()) && !holds(by, MODERATE, d.municipalityCode())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff see its dialogues in admin");
    }
    return d;
  }

  /** The kommun's coordinators, the police of an LPO covering it, admins. */
  public boolean edits(Member member, String municipalityCode) {
    return holds(member, EDIT, municipalityCode);
  }

  private boolean holds(Member member, Permission permission, String municipalityCode) {
    if (member.may(permission, Scope.municipality(municipalityCode))) {
      return true;
    }
    return municipalities.find(municipalityCode).stream().flatMap(m -> m.localPoliceAreas().stream())
        .anyMatch(lpo -> member.may(permission, Scope.lpo(lpo.id())));
  }

  private DialogueView load(long id) {
    return repository.find(id, false).orElseThrow(() -> new NotFoundException("no dialogue " + id));
  }

  private void checkEntry(DialogueView d, NewEntry e, FieldErrors errors) {
    if (e.text() == null || e.text().isBlank()) {
      errors.add("text", "write what was said");
    } else if (e.text().strip().length() > MAX_TEXT) {
      errors.add("text", "must be at most " + MAX_TEXT + " characters");
    }
    if (e.problemCategories() == null || e.problemCategories().isEmpty()) {
      errors.add("problemCategories", "give at least one problem category");
    } else {
      var known = categories.byCode().keySet();
      e.problemCategories().stream().filter(c -> !known.contains(c))
          .forEach(c -> errors.add("problemCategories", "unknown problem category: " + c));
    }
  }

  private static void checkParticipants(Participants p, FieldErrors errors) {
    if (p == null) {
      return;
    }
    if (p.total() == null || p.total() < 0 || p.total() > 100_000) {
      errors.add("participants.total", "must be a count from 0 to 100 000");
      return;
    }
    checkBreakdown("participants.byGender", p.byGender(), Participants.GENDERS, p.total(), errors);
    checkBreakdown("participants.byAgeBand", p.byAgeBand(), Participants.AGE_BANDS, p.total(), errors);
  }

  private static void checkBreakdown(String field, Map<String, Integer> counts, List<String> keys, int total,
      FieldErrors errors) {
    if (counts == null) {
      return;
    }
    int sum = 0;
    for (var e : counts.entrySet()) {
      if (!keys.contains(e.getKey())) {
        errors.add(field, "'" + e.getKey() + "' is not one of " + String.join(", ", keys));
      } else if (e.getValue() == null || e.getValue() < 0) {
        errors.add(field, e.getKey() + " must be a count of 0 or more");
      } else {
        sum += e.getValue();
      }
    }
    if (sum > total) {
      errors.add(field, "adds up to " + sum + ", more than the " + total + " participants");
    }
  }

  /** The point of a place or of coordinates, checked to lie in the kommun; null when neither is given. */
  private double[] place(MunicipalityView kommun, Long placeId, Double lat, Double lon, FieldErrors errors) {
    if (kommun == null) {
      return null;
    }
    if ((lat == null) != (lon == null)) {
      errors.add("lat", "give both lat and lon, or neither");
      return null;
    }
    if (lat != null) {
      if (!geometry.contains(kommun.code(), lat, lon)) {
        errors.add("lat", "the point " + lat + ", " + lon + " lies outside " + kommun.name());
        return null;
      }
      return new double[] {lat, lon};
    }
    if (placeId != null) {
      Place place = places.find(placeId).orElse(null);
      if (place == null || !place.municipalityCode().equals(kommun.code())) {
        errors.add("placeId", "is not one of " + kommun.name() + "'s places");
        return null;
      }
      return place.latitude() == null ? null : new double[] {place.latitude(), place.longitude()};
    }
    return null;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
