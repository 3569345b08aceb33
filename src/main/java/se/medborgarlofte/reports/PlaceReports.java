package se.medborgarlofte.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityGeometry;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The write side of place reports: a citizen submits, the kommun's or the LPO's staff moderate and set the status.
 * Every change is audited (without the reporter's address) in the transaction of the change.
 */
@Service
public class PlaceReports {

  /** Moderating and closing reports: the kommun's coordinators, the LPO's police, admins. */
  public static final Permission EDIT = Permission.of("reports.edit");
  /** Moderating only: the MODERATOR role's, besides the staff who hold {@link #EDIT}. */
  public static final Permission MODERATE = Permission.of("reports.moderate");
  static final List<String> TIMES_OF_DAY = List.of("MORNING", "DAY", "EVENING", "NIGHT");
  static final int MAX_LOCATION = 300;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

  private final PlaceReportRepository repository;
  private final ReportCategories categories;
  private final Municipalities municipalities;
  private final MunicipalityGeometry geometry;
  private final Places places;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Duration retention;
  private final Clock clock;
  private final SubmissionWriter writer;
  /** Kommun codes seen to exist (kommuner are not removed while the app runs), so a submission reads no rows. */
  private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> knownMunicipalities =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
          .expireAfterWrite(Duration.ofMinutes(10)).build();

  PlaceReports(PlaceReportRepository repository, ReportCategories categories, Municipalities municipalities,
      MunicipalityGeometry geometry, Places places, AuditTrail audit, ApplicationEventPublisher events,
      SubmissionWriter writer, @Value("${medborgarlofte.reports.feedback-retention:90d}") Duration retention) {
    this.writer = writer;
    this.repository = repository;
    this.categories = categories;
    this.municipalities = municipalities;
    this.geometry = geometry;
    this.places = places;
    this.audit = audit;
    this.events = events;
    this.retention = retention;
    this.clock = Clock.systemUTC();
  }

  /**
   * Takes a report into moderation; refuses it, with every problem named, and stores nothing when it breaks a rule.
   * The checks read nothing from the database (the kommuner and categories are kept); the report, its feedback address
   * and its audit entry are stored by the {@link SubmissionWriter}, in the caller's transaction if it has one, else by
   * group commit. The id is answered after the commit.
   */
  public long submit(NewPlaceReport r) {
    return submit(r, false);
  }

  /** Demo reports: invented, marked as examples wherever they are shown. */
  public long submitExample(NewPlaceReport r) {
    return submit(r, true);
  }

  private long submit(NewPlaceReport r, boolean example) {
    FieldErrors errors = new FieldErrors();
    // Existence only: the full view (with its LPOs) is read just to name the kommun in a refusal.
    String kommun = null;
    if (r.municipalityCode() == null || r.municipalityCode().isBlank()) {
      errors.add("municipalityCode", "give the kommun's four-digit code");
    } else if (knownMunicipalities.getIfPresent(r.municipalityCode()) != null
        || municipalities.exists(r.municipalityCode())) {
      knownMunicipalities.put(r.municipalityCode(), Boolean.TRUE);
      kommun = r.municipalityCode();
    } else {
      errors.add("municipalityCode", "no kommun has the code " + r.municipalityCode());
    }
    if (r.website() != null && !r.website().isBlank()) {
      errors.add("website", "must be left empty");
    }
    if (r.category() == null || categories.find(r.category()).isEmpty()) {
      errors.add("category", "must be one of " + String.join(", ",
          categories.all().stream().map(ReportCategory::code).toList()));
    }
    String description = r.description() == null ? "" : r.description().strip();
    if (description.isEmpty()) {
      errors.add("description", "describe the problem");
    } else if (description.length() > PlaceReport.MAX_DESCRIPTION) {
      errors.add("description", "must be at most " + PlaceReport.MAX_DESCRIPTION + " characters (it has "
          + description.length() + ")");
    }
    if (r.timeOfDay() != null && !r.timeOfDay().isBlank() && !TIMES_OF_DAY.contains(r.timeOfDay())) {
      errors.add("timeOfDay", "must be one of " + String.join(", ", TIMES_OF_DAY));
    }
    if (r.locationText() != null && r.locationText().strip().length() > MAX_LOCATION) {
      errors.add("location", "must be at most " + MAX_LOCATION + " characters");
    }
    if (r.email() != null && !r.email().isBlank()
        && (r.email().strip().length() > 254 || !EMAIL.matcher(r.email().strip()).matches())) {
      errors.add("email", "is not an e-mail address");
    }
    Double lat = r.latitude();
    Double lon = r.longitude();
    if ((lat == null) != (lon == null)) {
      errors.add(lat == null ? "lat" : "lon", "give both latitude and longitude, or neither");
    } else if (lat != null && (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90
        || Math.abs(lon) > 180)) {
      errors.add("lat", "is not a WGS84 coordinate (latitude −90–90, longitude −180–180)");
    } else if (lat != null && kommun != null && !geometry.contains(kommun, lat, lon)) {
      errors.add("lat", "the point " + lat + ", " + lon + " lies outside " + name(kommun) + geometry
          .municipalityAt(lat, lon).flatMap(municipalities::find).map(m -> " (it is in " + m.name() + ")")
          .orElse(""));
    }
    if (r.placeId() != null && kommun != null) {
      Place place = places.find(r.placeId()).orElse(null);
      if (place == null || !place.municipalityCode().equals(kommun)) {
        errors.add("placeId", "is not one of " + name(kommun) + "'s places");
      } else if (lat == null && place.latitude() != null) {
        // A named place with a position puts the report on the map, at the place.
        lat = place.latitude();
        lon = place.longitude();
      }
    }
    if (r.latitude() == null && r.placeId() == null && (r.locationText() == null || r.locationText().isBlank())) {
      errors.add("lat", "give the place: a point on the map, one of the kommun's places, or a description of where");
    }
    errors.throwIfAny();
    String email = r.email() == null || r.email().isBlank() ? null : r.email().strip();
    return writer.store(new SubmissionWriter.Accepted(r, description, lat, lon, example, email,
        OffsetDateTime.now(clock).plus(retention), new PlaceReport(0, kommun, r.category(), description, lat, lon,
            r.placeId(), r.locationText(), Moderation.AWAITING_MODERATION, null, "OPEN", null, example, null)
            .auditView(), SecurityContextHolder.getContext()));
  }

  private String name(String code) {
    return municipalities.find(code).map(MunicipalityView::name).orElse(code);
  }

  /** Publishes, edits or rejects a report; the kommun's or its LPO's staff, and admins. */
  @Transactional
  public PlaceReport moderate(Member by, long id, String decision, String reason, String editedDescription) {
    PlaceReport report = load(by, id);
    Map<String, Object> before = report.auditView();
    report.moderate(decision, reason, editedDescription);
    repository.save(report);
    audit.record("PLACE_REPORT_" + ("PUBLISH".equals(decision) ? "PUBLISHED" : "REJECTED"), "PlaceReport", id,
        before, report.auditView());
    events.publishEvent(new PlaceReportChanged(id, report.moderation().name(), report.status(),
        report.moderation() == Moderation.REJECTED ? report.rejectReason() : report.statusNote()));
    events.publishEvent(new KeptPoints.PointMoved(report.municipalityCode(), id));
    events.publishEvent(new PublicContentChanged("PLACE_REPORT_MODERATED"));
    return report;
  }

  @Transactional
  public PlaceReport changeStatus(Member by, long id, String status, String note) {
    PlaceReport report = load(by, id);
    Map<String, Object> before = report.auditView();
    report.changeStatus(status, note);
    repository.save(report);
    repository.insertStatusUpdate(id, report.status(), report.statusNote());
    audit.record("PLACE_REPORT_STATUS_CHANGED", "PlaceReport", id, before, report.auditView());
    events.publishEvent(new PlaceReportChanged(id, report.moderation().name(), report.status(),
        report.statusNote()));
    events.publishEvent(new PublicContentChanged("PLACE_REPORT_STATUS_CHANGED"));
    return report;
  }

  /** Deletes the feedback addresses whose retention period has passed; answers how many. */
  @Transactional
  public int deleteExpiredFeedbackAddresses(OffsetDateTime now) {
    int deleted = repository.deleteFeedbackAddressesBefore(now);
    if (deleted > 0) {
      audit.record("FEEDBACK_ADDRESSES_DELETED", "PlaceReport", "retention", null, Map.of("count", deleted));
    }
    return deleted;
  }

  /** May the member moderate the kommun's reports? Its coordinators, the police of an LPO covering it, admins. */
  public boolean moderates(Member member, String municipalityCode) {
    return holds(member, EDIT, municipalityCode) || holds(member, MODERATE, municipalityCode);
  }

  /** Does the member hold the permission for the kommun, or for an LPO covering it today? */
  boolean holds(Member member, Permission permission, String municipalityCode) {
    if (member.may(permission, Scope.municipality(municipalityCode))) {
      return true;
    }
    return municipalities.find(municipalityCode).stream().flatMap(m -> m.localPoliceAreas().stream())
        .anyMatch(lpo -> member.may(permission, Scope.lpo(lpo.id())));
  }

  private PlaceReport load(Member by, long id) {
    PlaceReport report = repository.find(id, true).orElseThrow(() -> new NotFoundException("no place report " + id));
    if (!moderates(by, report.municipalityCode())) {
      throw new AccessDeniedException("only the kommun's or its police area's staff moderate its reports");
    }
    return report;
  }

  static OffsetDateTime utc(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
