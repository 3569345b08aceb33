package se.medborgarlofte.promise;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.Party;

/**
 * One version of a promise: v1 is the first text, each revision adds one. Once published its content is frozen (the
 * database refuses a change too); only its status moves on.
 */
public final class PromiseVersion {

  private final int number;
  private PromiseStatus status;
  private PromiseText text;
  private final List<Commitment> commitments;
  private final List<Signature> signatures;
  private OffsetDateTime publishedAt;

  PromiseVersion(int number, PromiseStatus status, PromiseText text, List<Commitment> commitments,
      List<Signature> signatures, OffsetDateTime publishedAt) {
    this.number = number;
    this.status = status;
    this.text = text;
    this.commitments = new ArrayList<>(commitments);
    this.signatures = new ArrayList<>(signatures);
    this.publishedAt = publishedAt;
  }

  public int number() {
    return number;
  }

  public PromiseStatus status() {
    return status;
  }

  public PromiseText text() {
    return text;
  }

  public List<Commitment> commitments() {
    return List.copyOf(commitments);
  }

  public List<Signature> signatures() {
    return List.copyOf(signatures);
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public Optional<Signature> signatureOf(Party party) {
    return signatureOf(party.name());
  }

  /** The first signature given for a party, by its key. */
  public Optional<Signature> signatureOf(String partyKey) {
    return signatures.stream().filter(s -> s.party().equals(partyKey)).findFirst();
  }

  /** Whether the version is an archived promise, brought in from where it was first published. */
  public boolean fromSource() {
    return text.source() != null;
  }

  public Optional<Commitment> commitment(UUID id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Commitments without place, target or indicator, counted once per missing element. */
  public int warningCount() {
    return commitments.stream().mapToInt(c -> c.warnings().size()).sum();
  }

  void move(PromiseStatus next) {
    status = status.moveTo(next);
  }

  void edit(PromiseText newText) {
    requireEditable();
    text = newText;
  }

  void add(Commitment c) {
    requireEditable();
    commitments.add(c);
  }

  void replace(UUID id, Commitment c) {
    requireEditable();
    commitments.set(indexOf(id), c.withId(id));
  }

  void remove(UUID id) {
    requireEditable();
    commitments.remove(indexOf(id));
  }

  /** Moves a commitment up (negative) or down (positive) in the list, stopping at either end. */
  void reorder(UUID id, int delta) {
    requireEditable();
    int from = indexOf(id);
    int to = Math.max(0, Math.min(commitments.size() - 1, from + delta));
    commitments.add(to, commitments.remove(from));
  }

  void sign(Signature s) {
    if (!status.isOpen()) {
      throw new ConflictException("version " + number + " is " + status + " and can no longer be signed");
    }
    // Several people may sign for one party; the same person twice is a mistake.
    if (signatures.stream().anyMatch(x -> x.party().equals(s.party()) && x.name().equalsIgnoreCase(s.name()))) {
      throw new ConflictException(s.name() + " has already signed version " + number + " for " + s.party());
    }
    if (commitments.isEmpty()) {
      throw new ConflictException("a promise without commitments cannot be signed");
    }
    signatures.add(s);
    if (status == PromiseStatus.DRAFT) {
      move(PromiseStatus.AWAITING_SIGNATURES);
    }
  }

  void reopen() {
    move(PromiseStatus.DRAFT);
    signatures.clear();
  }

  /**
   * Publishes a version signed in the platform: each party in {@code mustSign} (key to the name used in the refusal)
   * needs at least one signature.
   */
  void publish(OffsetDateTime at, java.util.Map<String, String> mustSign) {
    if (fromSource()) {
      throw new ConflictException("an archived promise is published from its source: send fromSource");
    }
    var missing = new ArrayList<String>();
    mustSign.forEach((key, name) -> {
      if (signatureOf(key).isEmpty()) {
        missing.add(name + " has not signed");
      }
    });
    if (!missing.isEmpty()) {
      throw new ConflictException("cannot publish: " + String.join(" and ", missing));
    }
    move(PromiseStatus.PUBLISHED);
    publishedAt = at;
  }

  /**
   * Publishes an archived promise as its source has it: with the signatures the source names, possibly none. Its
   * text must be complete, since nobody signs it here.
   */
  void publishFromSource(OffsetDateTime at) {
    if (!fromSource()) {
      throw se.medborgarlofte.shared.InvalidInputException.of("fromSource",
          "only a promise with a source is published from its source");
    }
    if (commitments.isEmpty()) {
      throw new ConflictException("a promise without commitments cannot be published");
    }
    if (status == PromiseStatus.DRAFT) {
      move(PromiseStatus.AWAITING_SIGNATURES);
    }
    move(PromiseStatus.PUBLISHED);
    publishedAt = at;
  }

  PromiseVersion seedRevision(int newNumber, PromiseText seededText) {
    return new PromiseVersion(newNumber, PromiseStatus.DRAFT, seededText, commitments, List.of(), null);
  }

  private void requireEditable() {
    if (!status.isEditable()) {
      throw new ConflictException("version " + number + " is " + status
          + (status.isPublic() || status == PromiseStatus.SUPERSEDED
              ? " and frozen: open a revision to change it" : " and cannot be edited"));
    }
  }

  private int indexOf(UUID id) {
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new NotFoundException("no commitment " + id + " in version " + number);
  }
}
