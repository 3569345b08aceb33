package se.medborgarlofte.survey.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.survey.AnswerImportQueue;
import se.medborgarlofte.survey.AnswerImportView;
import se.medborgarlofte.survey.AnswerMapping;
import se.medborgarlofte.survey.AnswerMappings;
import tools.jackson.databind.json.JsonMapper;

/**
 * API v1 of answer imports of earlier rounds (mikrodata) and of the kommun's saved column mappings. An upload is
 * spooled to disk and recorded before it is acknowledged: 201 when it was done within the wait, 202 with the
 * import's URL when it still runs, 422 with every problem when the file was refused (nothing stored).
 */
@RestController
class AnswerImportApiController {

  static final String IMPORTS = "/api/v1/surveys/{id}/answers/imports";
  static final String MAPPINGS = "/api/v1/municipalities/{code}/survey-answer-mappings";

  private final AnswerImportQueue queue;
  private final AnswerMappings mappings;
  private final JsonMapper json;
  private final Duration wait;

  AnswerImportApiController(AnswerImportQueue queue, AnswerMappings mappings, JsonMapper json,
      @Value("${medborgarlofte.survey.import-wait:PT5S}") Duration wait) {
    this.queue = queue;
    this.mappings = mappings;
    this.json = json;
    this.wait = wait;
  }

  /** The file as the body ({@code text/csv}); the mapping is a saved one, named by {@code mappingName}. */
  @PostMapping(path = IMPORTS, consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<AnswerImportView> importBody(@PathVariable long id, InputStream body,
      @RequestParam(required = false) String mappingName,
      @RequestHeader(name = "Content-Disposition", required = false) String disposition) throws IOException {
    Member member = CurrentMember.require();
    if (mappingName == null || mappingName.isBlank()) {
      throw InvalidInputException.of("mappingName", "name a saved mapping, or post the file as multipart with a "
          + "mapping part");
    }
    AnswerMapping mapping = queue.mappingFor(member, id, mappingName, null, null);
    String name = disposition == null ? null : ContentDisposition.parse(disposition).getFilename();
    return submit(member, id, mapping, mappingName, name, queue.spool(body));
  }

  /**
   * Multipart: {@code file} the CSV; and either {@code mappingName} (a saved mapping) or {@code mapping} (its JSON),
   * with {@code saveMappingAs} to save that mapping for next time in the same request.
   */
  @PostMapping(path = IMPORTS, consumes = "multipart/form-data")
  ResponseEntity<AnswerImportView> importMultipart(@PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String mapping, @RequestParam(required = false) String mappingName,
      @RequestParam(required = false) String saveMappingAs) throws IOException {
    Member member = CurrentMember.require();
    if (file == null) {
      throw InvalidInputException.of("file", "the CSV file is required (part 'file')");
    }
    AnswerMapping inline = null;
    if (mapping != null && !mapping.isBlank()) {
      try {
        inline = json.readValue(mapping, AnswerMapping.class);
      } catch (RuntimeException e) {
        throw InvalidInputException.of("mapping", "is not a mapping in JSON: " + e.getMessage());
      }
    }
    AnswerMapping used = queue.mappingFor(member, id, mappingName, inline, saveMappingAs);
    String usedName = inline != null ? blankToNull(saveMappingAs) : mappingName;
    return submit(member, id, used, usedName, file.getOriginalFilename(), queue.spool(file.getInputStream()));
  }

  private ResponseEntity<AnswerImportView> submit(Member member, long id, AnswerMapping mapping, String mappingName,
      String fileName, Path spooled) throws IOException {
    AnswerImportQueue.Submitted s;
    try {
      s = queue.submit(member, id, mapping, mappingName, fileName, spooled, wait);
    } catch (RuntimeException e) {
      Files.deleteIfExists(spooled);
      throw e;
    }
    if (s.rejection() != null) {
      throw s.rejection();
    }
    AnswerImportView view = queue.view(member, s.importId());
    URI location = URI.create("/api/v1/surveys/" + id + "/answers/imports/" + s.importId());
    return ResponseEntity.status(view.running() ? HttpStatus.ACCEPTED : HttpStatus.CREATED).location(location)
        .body(view);
  }

  @GetMapping(IMPORTS)
  List<AnswerImportView> imports(@PathVariable long id) {
    Member member = CurrentMember.require();
    return queue.of(member, id);
  }

  @GetMapping(IMPORTS + "/{importId}")
  AnswerImportView importById(@PathVariable long id, @PathVariable long importId) {
    AnswerImportView view = queue.view(CurrentMember.require(), importId);
    if (view.surveyId() != id) {
      throw new se.medborgarlofte.shared.NotFoundException("survey " + id + " has no answer import " + importId);
    }
    return view;
  }

  @GetMapping(MAPPINGS)
  List<AnswerMappings.Saved> mappings(@PathVariable String code) {
    return mappings.list(CurrentMember.require(), code);
  }

  @GetMapping(MAPPINGS + "/{name}")
  AnswerMappings.Saved mapping(@PathVariable String code, @PathVariable String name) {
    return mappings.get(CurrentMember.require(), code, name);
  }

  @PutMapping(MAPPINGS + "/{name}")
  AnswerMappings.Saved saveMapping(@PathVariable String code, @PathVariable String name,
      @RequestBody AnswerMapping mapping) {
    return mappings.save(CurrentMember.require(), code, name, mapping);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
