package se.medborgarlofte.reports;

/**
 * A place where published reports, dialogue entries and EST observations of one category cluster. The id is
 * {@code H-} and the id of the hotspot's oldest report (or, with no report in it, {@code H-D} and its oldest dialogue
 * entry's id, else {@code H-E} and its oldest EST observation's), so it stays the same while the hotspot grows and a
 * commitment or a follow-up can name it.
 *
 * @param rank 1 for the hotspot with most reports
 * @param lat centre (mean of the reports' points), to four decimals
 * @param radiusMeters distance from the centre to its farthest report, rounded up to 10 m
 * @param share the hotspot's part of the kommun's points counted (0–1, three decimals)
 * @param reports how many of its points are published place reports
 * @param dialogueEntries how many are dialogue entries with a place
 * @param estObservations how many are EST observations (a weekly report's category with a count above 0)
 */
public record Hotspot(String id, int rank, String category, double lat, double lon, int radiusMeters, int count,
    double share, int reports, int dialogueEntries, int estObservations) {

  /** Is the point inside the hotspot's circle? For follow-ups counting activities inside it. */
  public boolean covers(double latitude, double longitude) {
    return LocalProjection.distanceMeters(lat, lon, latitude, longitude) <= radiusMeters;
  }
}
