package se.medborgarlofte.shared;

/** A request that clashes with the current state (a duplicate, a frozen version): 409 with the reason. */
public class ConflictException extends RuntimeException {

  private final Object existingId;

  public ConflictException(String message) {
    this(message, null);
  }

  public ConflictException(String message, Object existingId) {
    super(message);
    this.existingId = existingId;
  }

  public Object existingId() {
    return existingId;
  }
}
