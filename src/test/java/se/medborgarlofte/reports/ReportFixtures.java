package se.medborgarlofte.reports;

import se.medborgarlofte.organisation.Member;

/** Reports in Båstad (1278) for tests: awaiting moderation, or published by an admin. */
public final class ReportFixtures {

  /** Båstad station, inside the kommun. */
  public static final double LAT = 56.4275;
  public static final double LON = 12.8492;

  private ReportFixtures() {}

  public static NewPlaceReport report(String description) {
    return new NewPlaceReport("1278", "speeding", description, "EVENING", LAT, LON, null, null, null, null, "TEST");
  }

  public static long awaiting(PlaceReports reports) {
    return reports.submit(report("Bilar kör fort vid stationen"));
  }

  /**
   * The id of a hotspot of three published reports of {@code category} a few metres apart around the point; found by
   * the middle report, at the true centre (the centre is rounded to about 11 m and the radius can be 10 m).
   */
  public static String hotspot(PlaceReports reports, Hotspots hotspots, Member admin, String category, double lat,
      double lon) {
    for (int i = -1; i <= 1; i++) {
      long id = reports.submit(new NewPlaceReport("1278", category, "Hotspot", "EVENING", lat + i * 0.00005, lon,
          null, null, null, null, "TEST"));
      reports.moderate(admin, id, "PUBLISH", null, null);
    }
    return hotspots.in("1278", null, null, null).stream()
        .filter(h -> h.category().equals(category) && h.covers(lat, lon)).findFirst().orElseThrow().id();
  }

  public static long published(PlaceReports reports, Member admin) {
    long id = awaiting(reports);
    reports.moderate(admin, id, "PUBLISH", null, null);
    return id;
  }
}
