package se.medborgarlofte.promise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseAccess;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.promise.PromiseRequests.PublishInput;
import se.medborgarlofte.promise.PromiseRequests.ReasonInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.promise.Signature;
import se.medborgarlofte.shared.NotFoundException;

/** API v1 for promises: drafting, commitments, signatures, publication, revision, extension and closing. */
@RestController
@RequestMapping("/api/v1/promises")
@Tag(name = "Promises", description = "Citizen promises (medborgarlöften): drafts for members, published for all")
class PromiseApiController {

  private final PromiseManagement promises;
  private final PromiseQueries queries;

  PromiseApiController(PromiseManagement promises, PromiseQueries queries) {
    this.promises = promises;
    this.queries = queries;
  }

  @PostMapping
  @Operation(summary = "Draft a new promise: its kommuner (municipalityCode, municipalityCodes), its LPOs "
      + "(localPoliceAreaId, localPoliceAreaIds; either side may be absent), third parties, areas, period precision "
      + "and, for an archived promise, its source")
  ResponseEntity<PromiseView> create(@RequestBody Draft body) {
    Promise p = promises.draft(CurrentMember.require(), body);
    return ResponseEntity.created(URI.create("/api/v1/promises/" + p.id())).body(PromiseView.of(p, p.working(), true));
  }

  @GetMapping
  @Operation(summary = "Published promises, by kommun (each kommun a promise is for), year in force and party "
      + "(key or name); members also see their own drafts and analysts all")
  List<?> list(@RequestParam(required = false) String municipality, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String party) {
    if (party != null && !party.isBlank()) {
      return queries.published(municipality, year, party);
    }
    return CurrentMember.get().filter(m -> !m.memberships().isEmpty())
        .<List<?>>map(m -> queries.forMember(m, municipality, year))
        .orElseGet(() -> queries.published(municipality, year));
  }

  @GetMapping("/{id}")
  @Operation(summary = "The current version: the working draft for members, the published version for others")
  PromiseView one(@PathVariable UUID id) {
    Member m = CurrentMember.get().orElse(null);
    Promise p = promises.find(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    if (PromiseAccess.mayReadDrafts(m, p)) {
      return PromiseView.of(p, p.working(), true);
    }
    return p.published().map(v -> PromiseView.of(p, v, false))
        .orElseThrow(() -> new NotFoundException("no promise " + id));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change the text of the draft")
  PromiseView edit(@PathVariable UUID id, @RequestBody Draft body) {
    Promise p = promises.edit(CurrentMember.require(), id, body);
    return PromiseView.of(p, p.working(), true);
  }

  @PostMapping("/{id}/commitments")
  ResponseEntity<Map<String, Object>> addCommitment(@PathVariable UUID id, @RequestBody CommitmentInput body) {
    var c = promises.addCommitment(CurrentMember.require(), id, body);
    return ResponseEntity.created(URI.create("/api/v1/promises/" + id + "/commitments/" + c.id()))
        .body(Map.of("id", c.id(), "warnings", c.warnings()));
  }

  @PutMapping("/{id}/commitments/{commitmentId}")
  PromiseView changeCommitment(@PathVariable UUID id, @PathVariable UUID commitmentId,
      @RequestBody CommitmentInput body) {
    Promise p = promises.changeCommitment(CurrentMember.require(), id, commitmentId, body);
    return PromiseView.of(p, p.working(), true);
  }

  @DeleteMapping("/{id}/commitments/{commitmentId}")
  ResponseEntity<Void> removeCommitment(@PathVariable UUID id, @PathVariable UUID commitmentId) {
    promises.removeCommitment(CurrentMember.require(), id, commitmentId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/signatures")
  @Operation(summary = "Sign for a party by its key (a signatory of the kommun or police side), record a paper "
      + "signature (the side's coordinator or police; for a third party the promise's coordinators and police), or "
      + "copy a signature an archived promise's source names (those who edit it)")
  ResponseEntity<Signature> sign(@PathVariable UUID id, @RequestBody SignatureInput body) {
    return ResponseEntity.status(201).body(promises.sign(CurrentMember.require(), id, body));
  }

  @PostMapping("/{id}/publish")
  @Operation(summary = "Publish the signed draft (409 naming each party that must sign and has not), or with "
      + "{\"fromSource\": true} an archived promise as its source has it (422 when it has no source)")
  Map<String, Object> publish(@PathVariable UUID id, @RequestBody(required = false) PublishInput body) {
    Promise p = promises.publish(CurrentMember.require(), id, body != null && body.isFromSource());
    return Map.of("id", p.id(), "status", p.status(), "version", p.working().number());
  }

  @PostMapping("/{id}/revisions")
  @Operation(summary = "Open a new draft seeded from the published version")
  ResponseEntity<PromiseView> revise(@PathVariable UUID id) {
    Promise p = promises.revise(CurrentMember.require(), id);
    return ResponseEntity.status(201).body(PromiseView.of(p, p.working(), true));
  }

  @PostMapping("/{id}/extensions")
  @Operation(summary = "Extend the published version to a later day with the same content and a public note")
  ResponseEntity<PromiseView> extend(@PathVariable UUID id, @RequestBody ExtensionInput body) {
    promises.extend(CurrentMember.require(), id, body);
    Promise p = promises.find(id).orElseThrow();
    return ResponseEntity.status(201).body(PromiseView.of(p, p.published().orElseThrow(), true));
  }

  @PostMapping("/{id}/close")
  Map<String, Object> close(@PathVariable UUID id, @RequestBody ReasonInput body) {
    Promise p = promises.close(CurrentMember.require(), id, body.reason());
    return Map.of("id", p.id(), "status", p.status());
  }

  @PostMapping("/{id}/withdraw")
  Map<String, Object> withdraw(@PathVariable UUID id, @RequestBody ReasonInput body) {
    Promise p = promises.withdraw(CurrentMember.require(), id, body.reason());
    return Map.of("id", p.id(), "status", p.status());
  }
}
