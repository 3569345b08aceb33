package se.medborgarlofte.reports.web;

/**
 * The public report form as typed. {@code website} is the honeypot, hidden from people by the stylesheet; a script
 * filling every field fills it too.
 */
record ReportForm(String category, String description, String timeOfDay, String placeId, String location, String lat,
    String lon, String email, String website) {

  static ReportForm empty() {
    return new ReportForm(null, null, null, null, null, null, null, null, null);
  }
}
