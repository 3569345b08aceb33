package se.medborgarlofte.reports.web;

/** An Open311 error: answered as {@code [{code, description}]} in the request's format, never problem+json. */
class Open311Exception extends RuntimeException {

  private final int status;

  Open311Exception(int status, String description) {
    super(description);
    this.status = status;
  }

  int status() {
    return status;
  }
}
