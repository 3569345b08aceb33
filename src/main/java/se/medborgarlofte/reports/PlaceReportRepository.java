package se.medborgarlofte.reports;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores place reports as rows; the feedback address goes to a table of its own. */
@Repository
class PlaceReportRepository {

  private final JdbcClient jdbc;

  PlaceReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewPlaceReport r, String description, Double latitude, Double longitude, boolean example) {
    return jdbc.sql("""
        insert into reports_place_report (municipality_code, category, description, time_of_day, latitude, longitude,
          place_id, location_text, source, example)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(r.municipalityCode(), r.category(), description, blankToNull(r.timeOfDay()), latitude, longitude,
            r.placeId(), blankToNull(r.locationText()), r.source(), example)
        .query(Long.class).single();
  }

  void insertFeedbackAddress(long reportId, String email, OffsetDateTime deleteAfter) {
    jdbc.sql("insert into reports_feedback_address (report_id, email, delete_after) values (?, ?, ?)")
        .params(reportId, email, deleteAfter).update();
  }

  Optional<String> feedbackAddress(long reportId) {
    return jdbc.sql("select email from reports_feedback_address where report_id = ?").param(reportId)
        .query(String.class).optional();
  }

  int deleteFeedbackAddressesBefore(OffsetDateTime now) {
    return jdbc.sql("delete from reports_feedback_address where delete_after <= ?").param(now).update();
  }

  Optional<PlaceReport> find(long id, boolean forUpdate) {
    return jdbc.sql("""
        select id, municipality_code, category, description, latitude, longitude, place_id, location_text,
               moderation, reject_reason, status, status_note, example, submitted_at
        from reports_place_report where id = ?""" + (forUpdate ? " for update" : ""))
        .param(id)
        .query((rs, n) -> new PlaceReport(rs.getLong("id"), rs.getString("municipality_code"),
            rs.getString("category"), rs.getString("description"), (Double) rs.getObject("latitude"),
            (Double) rs.getObject("longitude"), (Long) rs.getObject("place_id"), rs.getString("location_text"),
            Moderation.valueOf(rs.getString("moderation")), rs.getString("reject_reason"), rs.getString("status"),
            rs.getString("status_note"), rs.getBoolean("example"),
            rs.getObject("submitted_at", OffsetDateTime.class)))
        .optional();
  }

  void save(PlaceReport r) {
    jdbc.sql("""
        update reports_place_report set description = ?, moderation = ?, reject_reason = ?, status = ?,
          status_note = ?, updated_at = now(),
          published_at = case when ? = 'PUBLISHED' then coalesce(published_at, now()) else published_at end
        where id = ?""")
        .params(r.description(), r.moderation().name(), r.rejectReason(), r.status(), r.statusNote(),
            r.moderation().name(), r.id())
        .update();
  }

  void insertStatusUpdate(long reportId, String status, String note) {
    jdbc.sql("insert into reports_status_update (report_id, status, note) values (?, ?, ?)")
        .params(reportId, status, note).update();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
