package se.medborgarlofte.survey.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.survey.PublishedResultsImport;
import se.medborgarlofte.survey.RoundRequest;
import se.medborgarlofte.survey.RoundResults;
import se.medborgarlofte.survey.SubmissionReceipt;
import se.medborgarlofte.survey.SubmissionRequest;
import se.medborgarlofte.survey.Submissions;
import se.medborgarlofte.survey.SurveyPermissions;
import se.medborgarlofte.survey.SurveyResults;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.SurveyTemplates;
import se.medborgarlofte.survey.SurveyTrends;
import se.medborgarlofte.survey.TemplateRequest;
import se.medborgarlofte.shared.plugin.HotPath;

/** API v1 of the safety survey: templates, rounds, invitation codes, anonymous answers and results. */
@RestController
class SurveyApiController {

  private final SurveyTemplates templates;
  private final SurveyRounds rounds;
  private final Submissions submissions;
  private final SurveyResults results;
  private final PublishedResultsImport importer;
  private final SurveyTrends trends;

  SurveyApiController(SurveyTemplates templates, SurveyRounds rounds, Submissions submissions,
      SurveyResults results, PublishedResultsImport importer, SurveyTrends trends) {
    this.importer = importer;
    this.trends = trends;
    this.templates = templates;
    this.rounds = rounds;
    this.submissions = submissions;
    this.results = results;
  }

  record Created(long id, String code, int version) {}

  record RoundView(long id, long templateId, String municipalityCode, String title, java.time.LocalDate opensOn,
      java.time.LocalDate closesOn, String mode, String status, int minimumCellSize, boolean example,
      List<se.medborgarlofte.survey.RoundArea> areas, long responses) {

    static RoundView of(SurveyRound r, long responses) {
      return new RoundView(r.id(), r.templateId(), r.municipalityCode(), r.title(), r.opensOn(), r.closesOn(),
          r.mode().name(), r.status().name(), r.minimumCellSize(), r.example(), r.areas(), responses);
    }
  }

  record InvitationCount(Integer count) {}

  @GetMapping("/api/v1/survey-templates")
  List<SurveyTemplate> templates() {
    return templates.all();
  }

  @GetMapping("/api/v1/survey-templates/{id}")
  SurveyTemplate template(@PathVariable long id) {
    return templates.get(id);
  }

  @PostMapping("/api/v1/survey-templates")
  ResponseEntity<Created> createTemplate(@RequestBody TemplateRequest request) {
    SurveyTemplate t = templates.create(CurrentMember.require(), request);
    return ResponseEntity.created(URI.create("/api/v1/survey-templates/" + t.id()))
        .body(new Created(t.id(), t.code(), t.version()));
  }

  @PutMapping("/api/v1/survey-templates/{id}")
  SurveyTemplate updateTemplate(@PathVariable long id, @RequestBody TemplateRequest request) {
    return templates.update(CurrentMember.require(), id, request);
  }

  @PostMapping("/api/v1/surveys")
  ResponseEntity<RoundView> createRound(@RequestBody RoundRequest request) {
    SurveyRound r = rounds.create(CurrentMember.require(), request);
    return ResponseEntity.created(URI.create("/api/v1/surveys/" + r.id())).body(RoundView.of(r, 0));
  }

  /** A round with its response count, for those who may read the kommun's surveys. */
  @GetMapping("/api/v1/surveys/{id}")
  RoundView round(@PathVariable long id) {
    Member member = CurrentMember.require();
    SurveyRound r = rounds.get(id);
    if (!member.may(SurveyPermissions.READ, Scope.municipality(r.municipalityCode()))) {
      throw new org.springframework.security.access.AccessDeniedException("not one of your kommun's surveys");
    }
    return RoundView.of(r, rounds.responseCount(id));
  }

  @PostMapping("/api/v1/surveys/{id}/open")
  RoundView open(@PathVariable long id) {
    return RoundView.of(rounds.open(CurrentMember.require(), id), rounds.responseCount(id));
  }

  @PostMapping("/api/v1/surveys/{id}/close")
  RoundView close(@PathVariable long id) {
    SurveyRound closed = rounds.close(CurrentMember.require(), id);
    // The kept figures already counted the responses (no second count over the round's responses).
    return RoundView.of(closed,
        results.stored(id).map(RoundResults::responses).orElseGet(() -> rounds.responseCount(id)));
  }

  @PostMapping("/api/v1/surveys/{id}/invitations")
  ResponseEntity<SurveyRounds.Invitations> invite(@PathVariable long id, @RequestBody InvitationCount body) {
    if (body == null || body.count() == null) {
      throw InvalidInputException.of("count", "is required");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(rounds.invite(CurrentMember.require(), id, body.count()));
  }

  /** Anonymous: 201 the first time, 200 with the same body for a repeated submissionId. */
  @HotPath
  @PostMapping(path = "/api/v1/surveys/{id}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SubmissionReceipt> respond(@PathVariable long id, @RequestBody SubmissionRequest request) {
    SubmissionReceipt receipt = submissions.submit(id, request);
    return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
  }

  /** Published results of earlier years as CSV (see PublishedResultsImport); all or nothing. */
  @PostMapping(path = "/api/v1/municipalities/{code}/survey-results/imports",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<PublishedResultsImport.Result> importResults(@PathVariable String code, java.io.InputStream body,
      @org.springframework.web.bind.annotation.RequestHeader(name = "Content-Disposition", required = false)
      String disposition) throws java.io.IOException {
    String name = disposition == null ? null
        : org.springframework.http.ContentDisposition.parse(disposition).getFilename();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(importer.importFile(CurrentMember.require(), code, name, body));
  }

  @GetMapping("/api/v1/municipalities/{code}/survey-trends")
  SurveyTrends.Trend trend(@PathVariable String code, @org.springframework.web.bind.annotation.RequestParam String item) {
    return trends.of(code, item);
  }

  @GetMapping("/api/v1/surveys/{id}/results")
  RoundResults results(@PathVariable long id) {
    return results.of(id);
  }
}
