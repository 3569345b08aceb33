package se.medborgarlofte.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The read side: published reports (rounded), the moderation queue, the public map's GeoJSON. */
@Service
public class PlaceReportQueries {

  /** The public columns, rounded in the database so the exact point never leaves it for a public answer. */
  private static final String PUBLIC_SELECT = """
      select r.id, r.municipality_code, r.category, c.problem_category, r.description,
             round(r.latitude::numeric, 3)::float8 as lat, round(r.longitude::numeric, 3)::float8 as lon,
             r.place_id, r.time_of_day, r.status, r.status_note, r.submitted_at::date as submitted_on,
             r.updated_at, r.example
      from reports_place_report r join reports_category c on c.code = r.category
      where r.moderation = 'PUBLISHED'""";

  private final JdbcClient jdbc;

  PlaceReportQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Published reports of a kommun, newest first; category and status ({@code OPEN}, {@code CLOSED}) optional. */
  public List<PublicReport> published(String municipalityCode, String category, String status, int limit) {
    return jdbc.sql(PUBLIC_SELECT + """
         and r.municipality_code = :m and (cast(:c as text) is null or r.category = :c)
         and (cast(:s as text) is null or r.status = :s)
        order by r.submitted_at desc, r.id desc limit :limit""")
        .param("m", municipalityCode).param("c", category).param("s", status).param("limit", limit)
        .query(PublicReport.class).list();
  }

  public Optional<PublicReport> publishedById(long id) {
    return jdbc.sql(PUBLIC_SELECT + " and r.id = :id").param("id", id).query(PublicReport.class).optional();
  }

  /**
   * Open311's search: published reports by ids, categories, the day range of submission and status, newest first.
   * Any filter may be null.
   */
  public List<PublicReport> search(Collection<Long> ids, Collection<String> categories, OffsetDateTime from,
      OffsetDateTime to, String status, int limit) {
    return jdbc.sql(PUBLIC_SELECT + """
         and (:noIds or r.id in (:ids)) and (:noCats or r.category in (:cats))
         and (cast(:from as timestamptz) is null or r.submitted_at >= :from)
         and (cast(:to as timestamptz) is null or r.submitted_at <= :to)
         and (cast(:s as text) is null or r.status = :s)
        order by r.submitted_at desc, r.id desc limit :limit""")
        .param("noIds", ids == null || ids.isEmpty()).param("ids", ids == null || ids.isEmpty() ? List.of(-1L) : ids)
        .param("noCats", categories == null || categories.isEmpty())
        .param("cats", categories == null || categories.isEmpty() ? List.of("") : categories)
        .param("from", from).param("to", to).param("s", status).param("limit", limit)
        .query(PublicReport.class).list();
  }

  /** One status change of a published report, as Open311's servicerequestupdates lists them. */
  public record StatusUpdate(long updateId, long reportId, String status, String note, OffsetDateTime updatedAt) {}

  public List<StatusUpdate> statusUpdates(OffsetDateTime from, OffsetDateTime to, int limit) {
    return jdbc.sql("""
        select u.id as update_id, u.report_id, u.status, u.note, u.updated_at
        from reports_status_update u join reports_place_report r on r.id = u.report_id
        where r.moderation = 'PUBLISHED'
          and (cast(:from as timestamptz) is null or u.updated_at >= :from)
          and (cast(:to as timestamptz) is null or u.updated_at <= :to)
        order by u.updated_at desc, u.id desc limit :limit""")
        .param("from", from).param("to", to).param("limit", limit).query(StatusUpdate.class).list();
  }

  /** The moderation queue of the given kommuner (null: every kommun, for admins), oldest first. */
  public List<ModerationItem> awaiting(Collection<String> municipalityCodes, int limit) {
    return moderation("r.moderation = 'AWAITING_MODERATION'", municipalityCodes, limit, "r.submitted_at, r.id");
  }

  public Optional<ModerationItem> forModerator(long id) {
    return jdbc.sql(MODERATION_SELECT + " where r.id = :id").param("id", id).query(ModerationItem.class).optional();
  }

  private static final String MODERATION_SELECT = """
      select r.id, r.municipality_code, r.category, r.description, r.time_of_day, r.latitude, r.longitude,
             r.place_id, r.location_text, r.moderation, r.reject_reason, r.status, r.status_note,
             exists (select 1 from reports_feedback_address f where f.report_id = r.id) as feedback_address,
             r.submitted_at, r.source, r.example
      from reports_place_report r""";

  private List<ModerationItem> moderation(String condition, Collection<String> codes, int limit, String order) {
    return jdbc.sql(MODERATION_SELECT + " where " + condition
            + " and (:all or r.municipality_code in (:codes)) order by " + order + " limit :limit")
        .param("all", codes == null).param("codes", codes == null || codes.isEmpty() ? List.of("") : codes)
        .param("limit", limit).query(ModerationItem.class).list();
  }

  /**
   * The published reports of a kommun as a compact GeoJSON FeatureCollection (RFC 7946, [lon, lat], rounded in SQL):
   * the public map's data for scripts and GIS tools. Written by hand, not by json_build_object, whose output has a
   * space around every colon (a third more bytes for 20 000 points).
   */
  public String geoJson(String municipalityCode, String category) {
    StringBuilder out = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean[] first = {true};
    jdbc.sql("""
        select id, round(longitude::numeric, 3)::text, round(latitude::numeric, 3)::text, category, status, example
        from reports_place_report
        where moderation = 'PUBLISHED' and municipality_code = :m and latitude is not null
          and (cast(:c as text) is null or category = :c)
        order by id""")
        .param("m", municipalityCode).param("c", category)
        .query(rs -> {
          out.append(first[0] ? "" : ",").append("{\"type\":\"Feature\",\"id\":").append(rs.getLong(1))
              .append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(rs.getString(2)).append(',')
              .append(rs.getString(3)).append("]},\"properties\":{\"category\":\"").append(rs.getString(4))
              .append("\",\"status\":\"").append(rs.getString(5)).append("\",\"example\":")
              .append(rs.getBoolean(6)).append("}}");
          first[0] = false;
        });
    return out.append("]}").toString();
  }

  /** A published report's exact point, inside the module only (hotspots). */
  record ReportPoint(long id, String category, double latitude, double longitude) {}

  static LocalDate today() {
    return LocalDate.now();
  }
}
