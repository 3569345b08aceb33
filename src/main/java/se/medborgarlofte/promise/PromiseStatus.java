package se.medborgarlofte.promise;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.medborgarlofte.shared.ConflictException;

/**
 * The lifecycle of one version of a promise. The allowed moves are listed here, in one table, so that every guard in
 * {@link Promise} asks the same question and the state machine can be tested on its own.
 */
public enum PromiseStatus {
  DRAFT,
  AWAITING_SIGNATURES,
  PUBLISHED,
  EXTENDED,
  SUPERSEDED,
  CLOSED,
  WITHDRAWN;

  private static final Map<PromiseStatus, Set<PromiseStatus>> NEXT = Map.of(
      DRAFT, EnumSet.of(AWAITING_SIGNATURES, WITHDRAWN),
      // Back to DRAFT drops the signatures: nobody's name stays under a text they did not read.
      AWAITING_SIGNATURES, EnumSet.of(DRAFT, PUBLISHED, WITHDRAWN),
      PUBLISHED, EnumSet.of(EXTENDED, SUPERSEDED, CLOSED),
      // A promise may be extended more than once ("a further year").
      EXTENDED, EnumSet.of(EXTENDED, SUPERSEDED, CLOSED),
      SUPERSEDED, EnumSet.noneOf(PromiseStatus.class),
      CLOSED, EnumSet.noneOf(PromiseStatus.class),
      WITHDRAWN, EnumSet.noneOf(PromiseStatus.class));

  public boolean canMoveTo(PromiseStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** The next status, or a 409 that says why not. */
  public PromiseStatus moveTo(PromiseStatus next) {
    if (!canMoveTo(next)) {
      throw new ConflictException("a promise that is " + this + " cannot become " + next);
    }
    return next;
  }

  /** Text and commitments may change only before anyone signs. */
  public boolean isEditable() {
    return this == DRAFT;
  }

  /** Not yet public: still being written or signed. */
  public boolean isOpen() {
    return this == DRAFT || this == AWAITING_SIGNATURES;
  }

  /** The version the public reads: published and not replaced by a later one. */
  public boolean isPublic() {
    return this == PUBLISHED || this == EXTENDED || this == CLOSED;
  }
}
