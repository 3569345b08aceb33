package se.medborgarlofte.reports;

/**
 * A place where published reports of one category cluster. The id is {@code H-} and the id of the hotspot's oldest
 * report, so it stays the same while the hotspot grows and a commitment or a follow-up can name it.
 *
 * @param rank 1 for the hotspot with most reports
 * @param lat centre (mean of the reports' points), to four decimals
 * @param radiusMeters distance from the centre to its farthest report, rounded up to 10 m
 * @param share the hotspot's part of the kommun's published reports counted (0–1, three decimals)
 */
public record Hotspot(String id, int rank, String category, double lat, double lon, int radiusMeters, int count,
    double share) {

  /** Is the point inside the hotspot's circle? For follow-ups counting activities inside it. */
  public boolean covers(double latitude, double longitude) {
    return LocalProjection.distanceMeters(lat, lon, latitude, longitude) <= radiusMeters;
  }
}
