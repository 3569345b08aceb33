package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * A citizen promise for one or more kommuner, between its kommun side (its kommuner), its police side (its LPOs) and
 * any third parties, with all its versions. Its kommuner and LPOs are fixed when it is drafted: they decide who may
 * work on it and where it is shown; a police-only promise has no kommun side and is shown in the kommuner its LPOs
 * covered on its first day. The latest open version is the working
 * draft; the latest public one is what citizens read. Every change goes through a guarded method here, and a
 * published version is never edited in place: it is revised (a new draft), extended, closed or superseded.
 */
public final class Promise {

  private final UUID id;
  private final List<String> municipalityCodes;
  private final List<Long> localPoliceAreaIds;
  private final List<String> shownIn;
  private final boolean example;
  private final List<PromiseVersion> versions;
  private final List<Extension> extensions;
  private String closedReason;
  private final int rowVersion;

  Promise(UUID id, List<String> municipalityCodes, List<Long> localPoliceAreaIds, List<String> shownIn,
      boolean example, List<PromiseVersion> versions, List<Extension> extensions, String closedReason,
      int rowVersion) {
    this.id = id;
    this.municipalityCodes = List.copyOf(municipalityCodes);
    this.localPoliceAreaIds = List.copyOf(localPoliceAreaIds);
    this.shownIn = List.copyOf(shownIn);
    this.example = example;
    this.versions = new ArrayList<>(versions);
    this.versions.sort(Comparator.comparingInt(PromiseVersion::number));
    this.extensions = new ArrayList<>(extensions);
    this.closedReason = closedReason;
    this.rowVersion = rowVersion;
  }

  static Promise draft(String municipalityCode, long localPoliceAreaId, PromiseText text, boolean example) {
    return draft(List.of(municipalityCode), List.of(localPoliceAreaId), List.of(municipalityCode), text, example);
  }

  static Promise draft(List<String> municipalityCodes, List<Long> lpoIds, List<String> shownIn, PromiseText text,
      boolean example) {
    // Example promises get an id derived from kommun and title, so their URLs are the same on every demo database
    // (documentation and benchmarks can link to them); real promises get a random id.
    String home = municipalityCodes.isEmpty() ? "lpo-" + lpoIds.get(0) : municipalityCodes.get(0);
    UUID id = example
        ? UUID.nameUUIDFromBytes(("medborgarlofte-example:" + home + ":" + text.title())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        : UUID.randomUUID();
    return new Promise(id, municipalityCodes, lpoIds, shownIn, example,
        List.of(new PromiseVersion(1, PromiseStatus.DRAFT, text, List.of(), List.of(), null)), List.of(), null, -1);
  }

  public UUID id() {
    return id;
  }

  /** The first of its kommuner, or null for a police-only promise: the seed's single kommun. */
  public String municipalityCode() {
    return municipalityCodes.isEmpty() ? null : municipalityCodes.get(0);
  }

  /** The first of its LPOs, or null when the police is not a party. */
  public Long localPoliceAreaId() {
    return localPoliceAreaIds.isEmpty() ? null : localPoliceAreaIds.get(0);
  }

  /** The kommuner of the kommun side; empty when the kommun is not a party. */
  public List<String> municipalityCodes() {
    return municipalityCodes;
  }

  /** The LPOs of the police side; empty when the police is not a party. */
  public List<Long> localPoliceAreaIds() {
    return localPoliceAreaIds;
  }

  /** The kommuner whose pages, feeds and search show the promise. */
  public List<String> shownIn() {
    return shownIn;
  }

  /** Every party of a version: the kommun side, the police side (each when present), then the third parties. */
  public List<PromiseParty> parties(PromiseVersion v) {
    var out = new ArrayList<PromiseParty>();
    if (!municipalityCodes.isEmpty()) {
      out.add(new PromiseParty(PromiseParty.MUNICIPALITY, PartyKind.MUNICIPALITY, v.text().municipalityPartyName(),
          municipalityCodes, null));
    }
    if (!localPoliceAreaIds.isEmpty()) {
      out.add(new PromiseParty(PromiseParty.POLICE, PartyKind.POLICE, null, null, localPoliceAreaIds));
    }
    v.text().otherParties().forEach(o -> out.add(new PromiseParty(o.key(), o.kind(), o.name(), null, null)));
    return out;
  }

  /**
   * Who must sign before a version is published here: the kommun and the police sides (the agreement is theirs, so
   * the seed's rule stands), and every third party that owns a commitment. Keys to the name a refusal uses.
   */
  java.util.Map<String, String> mustSign(PromiseVersion v) {
    var out = new java.util.LinkedHashMap<String, String>();
    if (!municipalityCodes.isEmpty()) {
      out.put(PromiseParty.MUNICIPALITY, "the kommun");
    }
    if (!localPoliceAreaIds.isEmpty()) {
      out.put(PromiseParty.POLICE, "the police");
    }
    for (Commitment c : v.commitments()) {
      for (String owner : c.owners()) {
        v.text().otherParty(owner).ifPresent(o -> out.putIfAbsent(o.key(), o.name()));
      }
    }
    return out;
  }

  public boolean example() {
    return example;
  }

  public List<PromiseVersion> versions() {
    return List.copyOf(versions);
  }

  public List<Extension> extensions() {
    return List.copyOf(extensions);
  }

  public String closedReason() {
    return closedReason;
  }

  int rowVersion() {
    return rowVersion;
  }

  public Optional<PromiseVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  /** The version members work on: the latest one, unless it is a withdrawn revision of a public promise. */
  public PromiseVersion working() {
    PromiseVersion latest = versions.get(versions.size() - 1);
    if (latest.status() == PromiseStatus.WITHDRAWN) {
      return published().orElse(latest);
    }
    return latest;
  }

  /** The version the public reads, if any was ever published. */
  public Optional<PromiseVersion> published() {
    return versions.stream().filter(v -> v.status().isPublic()).reduce((a, b) -> b);
  }

  /** The promise's status as a whole: that of the working version. */
  public PromiseStatus status() {
    return working().status();
  }

  /** An open draft or a version awaiting signatures, if one exists. */
  public Optional<PromiseVersion> openDraft() {
    return Optional.of(versions.get(versions.size() - 1)).filter(v -> v.status().isOpen());
  }

  /** The last day in force: the published text's, or the last extension's. */
  public LocalDate validTo() {
    PromiseVersion p = published().orElse(working());
    return extensions.stream().filter(e -> e.version() == p.number()).map(Extension::validTo)
        .reduce((a, b) -> b).orElse(p.text().validTo());
  }

  public List<Extension> extensionsOf(int version) {
    return extensions.stream().filter(e -> e.version() == version).toList();
  }

  PromiseVersion draftOrConflict() {
    return openDraft().orElseThrow(() -> new ConflictException(
        "promise " + id + " has no draft: version " + working().number() + " is " + working().status()
            + "; open a revision to change it"));
  }

  /** New text for the draft; a third party that owns commitments cannot be dropped from under them. */
  void edit(PromiseText text) {
    PromiseVersion draft = draftOrConflict();
    for (Commitment c : draft.commitments()) {
      for (String owner : c.owners()) {
        boolean side = owner.equals(PromiseParty.MUNICIPALITY) || owner.equals(PromiseParty.POLICE);
        if (!side && text.otherParty(owner).isEmpty()) {
          throw InvalidInputException.of("otherParties", "party '" + owner + "' owns commitments: change their "
              + "owners before removing it");
        }
      }
    }
    draft.edit(text);
  }

  void addCommitment(Commitment c) {
    draftOrConflict().add(c);
  }

  void replaceCommitment(UUID commitmentId, Commitment c) {
    draftOrConflict().replace(commitmentId, c);
  }

  void removeCommitment(UUID commitmentId) {
    draftOrConflict().remove(commitmentId);
  }

  void reorderCommitment(UUID commitmentId, int delta) {
    draftOrConflict().reorder(commitmentId, delta);
  }

  void sign(Signature signature) {
    draftOrConflict().sign(signature);
  }

  /** Back to editing: the signatures already given are dropped, since the text may change under them. */
  void reopen() {
    draftOrConflict().reopen();
  }

  /** Freezes the draft as the public version; the one it revises is superseded. */
  PromisePublished publish(OffsetDateTime at) {
    PromiseVersion draft = draftOrConflict();
    draft.publish(at, mustSign(draft));
    return published(draft);
  }

  /** Publishes an archived promise as its source has it, signed or not. */
  PromisePublished publishFromSource(OffsetDateTime at) {
    PromiseVersion draft = draftOrConflict();
    draft.publishFromSource(at);
    return published(draft);
  }

  private PromisePublished published(PromiseVersion draft) {
    Optional<PromiseVersion> previous = versions.stream()
        .filter(v -> v != draft && v.status().isPublic()).reduce((a, b) -> b);
    previous.ifPresent(p -> p.move(PromiseStatus.SUPERSEDED));
    PromiseText t = draft.text();
    return new PromisePublished(id, draft.number(), municipalityCode(), localPoliceAreaId(), inForceFrom(draft),
        t.validTo(), t.followUpIntervalMonths(), t.evaluationDate(), previous.map(PromiseVersion::number).orElse(null),
        municipalityCodes, localPoliceAreaIds, draft.fromSource());
  }

  /**
   * The first day a version is in force: its own first day, or, when it runs “from signing”, the day the last
   * signature was given (the publication day when nobody signed, as an archived promise may have it).
   */
  public static LocalDate inForceFrom(PromiseVersion v) {
    if (v.text().validFrom() != null) {
      return v.text().validFrom();
    }
    return v.signatures().stream().map(Signature::signedOn).filter(java.util.Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(v.publishedAt() == null ? null : v.publishedAt().toLocalDate());
  }

  /** Opens a new draft seeded from the public version, ending on the day the promise is in force to. */
  PromiseVersion revise() {
    if (openDraft().isPresent()) {
      throw new ConflictException("version " + openDraft().get().number() + " is already being revised");
    }
    PromiseVersion current = requireInForce("revised");
    PromiseVersion next = current.seedRevision(versions.size() + 1, current.text().withValidTo(validTo()));
    versions.add(next);
    return next;
  }

  /** Same content, a later last day, and a note the public page shows. */
  Extension extend(LocalDate newValidTo, String note, OffsetDateTime at) {
    PromiseVersion current = requireInForce("extended");
    LocalDate previous = validTo();
    if (newValidTo == null || !newValidTo.isAfter(previous)) {
      throw InvalidInputException.of("validTo", "must be after the current last day " + previous);
    }
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("note", "a public note is required");
    }
    if (note.strip().length() > TEXT_MAX) {
      throw InvalidInputException.of("note", "must be at most " + TEXT_MAX + " characters");
    }
    current.move(PromiseStatus.EXTENDED);
    Extension e = new Extension(current.number(), previous, newValidTo, note.strip(), at);
    extensions.add(e);
    return e;
  }

  /** Ends a public promise early or at its end; a pending revision is withdrawn with it. */
  void close(String reason) {
    requireReason(reason);
    PromiseVersion current = requireInForce("closed");
    openDraft().ifPresent(d -> d.move(PromiseStatus.WITHDRAWN));
    current.move(PromiseStatus.CLOSED);
    closedReason = reason.strip();
  }

  /** Abandons the open draft; a public version, if any, stays as it is. */
  void withdraw(String reason) {
    requireReason(reason);
    draftOrConflict().move(PromiseStatus.WITHDRAWN);
  }

  private PromiseVersion requireInForce(String what) {
    PromiseVersion p = published().orElseThrow(() -> new ConflictException("only a published promise can be " + what));
    if (p.status() == PromiseStatus.CLOSED) {
      throw new ConflictException("a closed promise cannot be " + what);
    }
    return p;
  }

  /** Longest public note or reason: a few paragraphs, not a document. */
  static final int TEXT_MAX = 2000;

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "a reason is required");
    }
    if (reason.strip().length() > TEXT_MAX) {
      throw InvalidInputException.of("reason", "must be at most " + TEXT_MAX + " characters");
    }
  }
}
