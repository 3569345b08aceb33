package se.medborgarlofte.reports;

import java.time.OffsetDateTime;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;

/**
 * A citizen's report of a problem at a place, with its two life-lines: moderation (awaiting → published or
 * rejected) and, once public, its status ({@code OPEN} → {@code CLOSED}, with a note). Knows nothing of storage.
 */
public final class PlaceReport {

  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_REASON = 500;

  private final long id;
  private final String municipalityCode;
  private final String category;
  private String description;
  private final Double latitude;
  private final Double longitude;
  private final Long placeId;
  private final String locationText;
  private Moderation moderation;
  private String rejectReason;
  private String status;
  private String statusNote;
  private final boolean example;
  private final OffsetDateTime submittedAt;

  PlaceReport(long id, String municipalityCode, String category, String description, Double latitude,
      Double longitude, Long placeId, String locationText, Moderation moderation, String rejectReason, String status,
      String statusNote, boolean example, OffsetDateTime submittedAt) {
    this.id = id;
    this.municipalityCode = municipalityCode;
    this.category = category;
    this.description = description;
    this.latitude = latitude;
    this.longitude = longitude;
    this.placeId = placeId;
    this.locationText = locationText;
    this.moderation = moderation;
    this.rejectReason = rejectReason;
    this.status = status;
    this.statusNote = statusNote;
    this.example = example;
    this.submittedAt = submittedAt;
  }

  /**
   * Publish (optionally with the description edited, e.g. a name or a phone number taken out) or reject with a
   * reason. A published report may be edited again or withdrawn by rejecting it; a rejected one stays rejected.
   */
  void moderate(String decision, String reason, String editedDescription) {
    FieldErrors errors = new FieldErrors();
    if (!"PUBLISH".equals(decision) && !"REJECT".equals(decision)) {
      errors.add("decision", "must be PUBLISH or REJECT");
    }
    if ("REJECT".equals(decision) && (reason == null || reason.isBlank())) {
      errors.add("reason", "give the reason for rejecting the report");
    }
    if (reason != null && reason.length() > MAX_REASON) {
      errors.add("reason", "must be at most " + MAX_REASON + " characters");
    }
    if (editedDescription != null && !editedDescription.isBlank() && editedDescription.length() > MAX_DESCRIPTION) {
      errors.add("editedDescription", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    errors.throwIfAny();
    if (moderation == Moderation.REJECTED) {
      throw new ConflictException("report " + id + " was rejected and cannot be moderated again");
    }
    if (editedDescription != null && !editedDescription.isBlank()) {
      description = editedDescription.strip();
    }
    if ("PUBLISH".equals(decision)) {
      moderation = Moderation.PUBLISHED;
      rejectReason = null;
    } else {
      moderation = Moderation.REJECTED;
      rejectReason = reason.strip();
    }
  }

  /** Open or close a published report, with a note the public reads (and the reporter is sent). */
  void changeStatus(String newStatus, String note) {
    FieldErrors errors = new FieldErrors();
    if (!"OPEN".equals(newStatus) && !"CLOSED".equals(newStatus)) {
      errors.add("status", "must be OPEN or CLOSED");
    }
    if (note != null && note.length() > MAX_REASON) {
      errors.add("note", "must be at most " + MAX_REASON + " characters");
    }
    errors.throwIfAny();
    if (moderation != Moderation.PUBLISHED) {
      throw new ConflictException("only a published report has a public status");
    }
    status = newStatus;
    statusNote = note == null || note.isBlank() ? null : note.strip();
  }

  public long id() {
    return id;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String category() {
    return category;
  }

  public String description() {
    return description;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public Long placeId() {
    return placeId;
  }

  public String locationText() {
    return locationText;
  }

  public Moderation moderation() {
    return moderation;
  }

  public String rejectReason() {
    return rejectReason;
  }

  public String status() {
    return status;
  }

  public String statusNote() {
    return statusNote;
  }

  public boolean example() {
    return example;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  /**
   * What the audit trail keeps of the report: never the reporter's address, and the description only by its length,
   * so that text a moderator edits out (a name, a phone number) is not kept in the trail either.
   */
  java.util.Map<String, Object> auditView() {
    var view = new java.util.LinkedHashMap<String, Object>();
    view.put("municipalityCode", municipalityCode);
    view.put("category", category);
    view.put("descriptionLength", description.length());
    view.put("moderation", moderation);
    view.put("rejectReason", rejectReason);
    view.put("status", status);
    view.put("statusNote", statusNote);
    return view;
  }
}
