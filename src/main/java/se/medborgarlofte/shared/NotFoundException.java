package se.medborgarlofte.shared;

/** An unknown id or code: 404, never a stack trace. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
