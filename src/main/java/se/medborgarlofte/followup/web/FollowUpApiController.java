package se.medborgarlofte.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.medborgarlofte.followup.NotAPartyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.followup.Activities;
import se.medborgarlofte.followup.Activity;
import se.medborgarlofte.followup.ActivityInput;
import se.medborgarlofte.followup.Decision;
import se.medborgarlofte.followup.Decisions;
import se.medborgarlofte.followup.Evaluations;
import se.medborgarlofte.followup.HotspotActivities;
import se.medborgarlofte.followup.FollowUp;
import se.medborgarlofte.followup.FollowUpReport;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.organisation.CurrentMember;

/**
 * Follow-up API v1: activities against a promise's commitments (one, or a CSV file all or nothing), the schedule of
 * follow-ups, their reports, approvals and publication. Reads are public like the promise they belong to; writes
 * need a member of a party to the promise (checked in the services).
 */
@RestController
@RequestMapping("/api/v1/promises/{id}")
@Tag(name = "Follow-up", description = "Activities, follow-up reports and their publication")
class FollowUpApiController {

  private final Activities activities;
  private final FollowUps followUps;
  private final Evaluations evaluations;
  private final Decisions decisions;
  private final HotspotActivities hotspotActivities;

  FollowUpApiController(Activities activities, FollowUps followUps, Evaluations evaluations, Decisions decisions,
      HotspotActivities hotspotActivities) {
    this.activities = activities;
    this.followUps = followUps;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.hotspotActivities = hotspotActivities;
  }

  @GetMapping("/hotspots/{hotspotId}/activities")
  @Operation(summary = "What the promise's activities did inside a hotspot of citizens' place reports (by its stable "
      + "id, in the promise's first kommun), optionally between from and to: activities with a point in its circle, "
      + "their hours and counts; 404 for a hotspot the kommun does not have")
  HotspotActivities.InHotspot inHotspot(@PathVariable UUID id, @PathVariable String hotspotId,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to) {
    return hotspotActivities.count(id, hotspotId, from, to);
  }


  @PutMapping("/evaluation/decision")
  @Operation(summary = "Record the decision after the evaluation: EXTEND, REVISE or CLOSE with a reason, a verdict "
      + "on every commitment (ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, NOT_ASSESSABLE) and optionally the next "
      + "promise; a member of a party; replaces an earlier decision (the audit trail keeps it)")
  Decision decide(@PathVariable UUID id, @RequestBody Decision.Request body) {
    return decisions.decide(CurrentMember.require(), id, body);
  }

  @GetMapping("/evaluation")
  @Operation(summary = "The evaluation: per problem category the crime rate per 100 000 in the 12 months before and "
      + "the first 12 of the period, for the promise's first kommun and a comparison area (comparison=code,code; by "
      + "default the similar kommuner), with the difference-in-differences (indicative, not causal); and delivery "
      + "(commitments done, follow-ups on time, hours, counts); the survey part: the top-box share of the category's "
      + "survey items before and after with Wilson intervals, the difference and the z-test p-value; the decision")
  Evaluations.Evaluation evaluation(@PathVariable UUID id,
      @RequestParam(required = false) List<String> comparison) {
    return evaluations.of(id, comparison == null ? List.of() : comparison);
  }

  record Created(UUID id) {}

  record Imported(int activities) {}

  record Approval(String party) {}

  @PostMapping("/commitments/{commitmentId}/activities")
  @Operation(summary = "Log an activity against a commitment (a member of a party to the promise; 422 outside the "
      + "period)")
  ResponseEntity<Created> log(@PathVariable UUID id, @PathVariable UUID commitmentId,
      @RequestBody ActivityInput body) {
    UUID activity = activities.log(CurrentMember.require(), id, commitmentId, body);
    return ResponseEntity.created(URI.create("/api/v1/promises/" + id + "/activities?commitment=" + commitmentId))
        .body(new Created(activity));
  }

  @GetMapping("/activities")
  @Operation(summary = "The activities logged against the promise, or one commitment of it")
  List<Activity> list(@PathVariable UUID id, @RequestParam(required = false) UUID commitment) {
    return activities.list(id, commitment);
  }

  @PostMapping(path = "/activities/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(summary = "Import activities from CSV (commitment, type, date, party, place, lat, lon, hours, note and "
      + "named counts), all or nothing; 422 naming every bad line and field")
  ResponseEntity<Imported> importCsv(@PathVariable UUID id, @RequestBody byte[] csv) {
    int n = activities.importCsv(CurrentMember.require(), id, csv);
    return ResponseEntity.created(URI.create("/api/v1/promises/" + id + "/activities")).body(new Imported(n));
  }

  @GetMapping("/follow-ups")
  @Operation(summary = "The follow-ups and the evaluation, with their due day and status")
  List<FollowUps.Listed> followUps(@PathVariable UUID id) {
    return followUps.list(id);
  }

  @PutMapping("/follow-ups/{followUpId}")
  @Operation(summary = "Draft the report: per commitment status, narrative and outcome, and a summary; clears the "
      + "approvals given before")
  FollowUp edit(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestBody FollowUpReport body) {
    return followUps.edit(CurrentMember.require(), id, followUpId, body);
  }

  @PostMapping("/follow-ups/{followUpId}/approvals")
  @Operation(summary = "Approve the report for a side (MUNICIPALITY or POLICE), by a member of that side")
  ResponseEntity<Map<String, String>> approve(@PathVariable UUID id, @PathVariable UUID followUpId,
      @RequestBody Approval body) {
    followUps.approve(CurrentMember.require(), id, followUpId, body.party());
    return ResponseEntity.status(201).body(Map.of("party", body.party()));
  }

  /** A 403 that says which party the caller does not act for (the house's handler keeps 403s wordless). */
  @ExceptionHandler(NotAPartyException.class)
  ResponseEntity<ProblemDetail> notAParty(NotAPartyException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @PostMapping("/follow-ups/{followUpId}/publish")
  @Operation(summary = "Publish the report; 409 naming the side that has not approved it")
  FollowUp publish(@PathVariable UUID id, @PathVariable UUID followUpId) {
    return followUps.publish(CurrentMember.require(), id, followUpId);
  }
}
