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

  public static long published(PlaceReports reports, Member admin) {
    long id = awaiting(reports);
    reports.moderate(admin, id, "PUBLISH", null, null);
    return id;
  }
}
