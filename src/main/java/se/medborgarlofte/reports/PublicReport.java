package se.medborgarlofte.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A published report as anyone may read it: the point rounded to three decimals (about 110 m north–south and 60 m
 * east–west in Sweden), the day it came in rather than the minute, no location text, no reporter.
 */
public record PublicReport(long id, String municipalityCode, String category, String problemCategory,
    String description, Double lat, Double lon, Long placeId, String timeOfDay, String status,
    String statusNote, LocalDate submittedOn, OffsetDateTime updatedAt, boolean example) {

  /** Three decimals of a degree: the public never sees a report's exact point. */
  public static Double round(Double degrees) {
    return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
  }
}
