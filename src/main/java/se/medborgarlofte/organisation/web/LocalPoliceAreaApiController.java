package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.LocalPoliceAreaView;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.LpoImport;
import se.medborgarlofte.shared.FieldErrors;

@RestController
@RequestMapping("/api/v1/local-police-areas")
@Tag(name = "Local police areas", description = "LPOs and their dated links to kommuner; changes need ADMIN")
class LocalPoliceAreaApiController {

  private final LocalPoliceAreas areas;
  private final LpoImport importer;

  LocalPoliceAreaApiController(LocalPoliceAreas areas, LpoImport importer) {
    this.areas = areas;
    this.importer = importer;
  }

  record AreaJson(long id, String name, String policeRegion, List<LinkJson> municipalities) {
    static AreaJson of(LocalPoliceAreaView v) {
      return new AreaJson(v.id(), v.name(), v.policeRegion(), v.municipalities().stream()
          .map(l -> new LinkJson(l.code(), l.name(), l.validFrom(), l.validTo())).toList());
    }
  }

  record LinkJson(String code, String name, LocalDate validFrom, LocalDate validTo) {}

  record NewArea(String name, String policeRegion) {}

  record LinkDates(LocalDate validFrom, LocalDate validTo) {}

  record AreaChange(String name, String policeRegion, String policeDistrict, LocalDate validFrom,
      LocalDate validTo) {}

  @GetMapping
  @Operation(summary = "Every LPO with all its kommun links, current and ended")
  List<AreaJson> all() {
    return areas.all().stream().map(AreaJson::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One LPO")
  AreaJson one(@PathVariable long id) {
    return AreaJson.of(areas.get(id));
  }

  @PostMapping
  @Operation(summary = "Create an LPO (ADMIN); 409 with the existing id when the name is taken in the region")
  ResponseEntity<AreaJson> create(@RequestBody(required = false) NewArea body) {
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {name, policeRegion} is required").throwIfAny();
    }
    long id = areas.create(body.name(), body.policeRegion(), null);
    return ResponseEntity.created(URI.create("/api/v1/local-police-areas/" + id)).body(AreaJson.of(areas.get(id)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Rename, move or date an LPO; a validTo ends it (ADMIN)")
  AreaJson update(@PathVariable long id, @RequestBody(required = false) AreaChange body) {
    areas.get(id);
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {name, policeRegion, validFrom?, validTo?} is required")
          .throwIfAny();
    }
    areas.update(id, body.name(), body.policeRegion(), body.policeDistrict(), body.validFrom(), body.validTo());
    return AreaJson.of(areas.get(id));
  }

  @DeleteMapping("/{id}/municipalities/{code}")
  @Operation(summary = "Remove a link entered by mistake (ADMIN); to end a real link, PUT it with a validTo")
  ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable String code) {
    areas.unlink(id, code);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/import", consumes = {"text/csv", "application/octet-stream"})
  @Operation(summary = "Import LPOs and links from CSV, all or nothing (ADMIN); errors name line, field and reason")
  LpoImport.Result importCsv(@RequestBody byte[] csv) {
    return importer.importCsv(csv);
  }

  @PutMapping("/{id}/municipalities/{code}")
  @Operation(summary = "Link the LPO to a kommun from validFrom (to validTo, if given) (ADMIN)")
  AreaJson link(@PathVariable long id, @PathVariable String code, @RequestBody(required = false) LinkDates body) {
    areas.get(id);
    areas.link(id, code, body == null ? null : body.validFrom(), body == null ? null : body.validTo(), null);
    return AreaJson.of(areas.get(id));
  }

}
