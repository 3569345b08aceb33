package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.organisation.AreaPopulation;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.PopulationImport;
import se.medborgarlofte.organisation.Populations;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

@RestController
@Tag(name = "Population", description = "SCB population per kommun, county and country by year")
class PopulationApiController {

  private static final String PATH = "/api/v1/populations";

  private final Populations populations;
  private final PopulationImport importer;

  PopulationApiController(Populations populations, PopulationImport importer) {
    this.populations = populations;
    this.importer = importer;
  }

  @GetMapping(PATH)
  @Operation(summary = "An area's population in a year (kommun, county or SE); the nearest earlier year when that "
      + "year has none, named in yearUsed")
  AreaPopulation population(@RequestParam String area, @RequestParam int year) {
    if (year < 1950 || year > 2100) {
      throw InvalidInputException.of("year", "must be a year between 1950 and 2100");
    }
    return populations.of(area, year)
        .orElseThrow(() -> new NotFoundException("no population for area " + area));
  }

  @GetMapping(PATH + "/years")
  @Operation(summary = "The years with population figures")
  List<Integer> years() {
    return populations.years();
  }

  @PostMapping(path = PATH, consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(summary = "Import SCB's table BE0101N1 (Folkmängd efter region och år), wide or long layout (admins)")
  ResponseEntity<PopulationImport.Result> importBody(@RequestBody byte[] body,
      @RequestHeader(name = "Content-Disposition", required = false) String disposition) {
    String name = disposition == null ? null
        : org.springframework.http.ContentDisposition.parse(disposition).getFilename();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(importer.importCsv(CurrentMember.require(), name, body));
  }

  @PostMapping(path = PATH, consumes = "multipart/form-data")
  ResponseEntity<PopulationImport.Result> importMultipart(@RequestPart("file") MultipartFile file)
      throws IOException {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(importer.importCsv(CurrentMember.require(), file.getOriginalFilename(), file.getBytes()));
  }
}
