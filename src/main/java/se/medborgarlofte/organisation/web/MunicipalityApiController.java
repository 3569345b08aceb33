package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "The 290 kommuner, with county, police region, population and LPOs")
class MunicipalityApiController {

  private final Municipalities municipalities;

  MunicipalityApiController(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  @GetMapping
  @Operation(summary = "All kommuner, with the LPOs that cover them today")
  List<MunicipalityView> all() {
    return municipalities.all();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One kommun by its four-digit code")
  MunicipalityView one(@PathVariable String code) {
    return municipalities.find(code).orElseThrow(() -> new NotFoundException("no municipality with code " + code));
  }
}
