package se.medborgarlofte.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.reports.HotspotPlaces;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/** API v1: a hotspot saved as one of its kommun's places. */
@RestController
class HotspotPlaceApiController {

  /** The name as JSON gave it: a number is refused, not read as its digits (a place named 7 is a typing slip). */
  record PlaceBody(Object name) {}

  private final HotspotPlaces hotspotPlaces;

  HotspotPlaceApiController(HotspotPlaces hotspotPlaces) {
    this.hotspotPlaces = hotspotPlaces;
  }

  /**
   * The kommun is read from the hotspot's id; a hotspot named by a dialogue entry ({@code H-D…}) needs
   * {@code ?municipality=}, or is looked for in the caller's own kommuner.
   */
  @PostMapping("/api/v1/hotspots/{hotspotId}/places")
  @Operation(summary = "Save a hotspot as a place of its kommun (kind POINT at the hotspot's centre)")
  ResponseEntity<Map<String, Object>> save(@PathVariable String hotspotId,
      @RequestParam(required = false) String municipality, @RequestBody(required = false) PlaceBody body) {
    Member member = CurrentMember.require();
    if (body == null) {
      throw InvalidInputException.of("body", "send a JSON object {\"name\": …}");
    }
    if (!(body.name() instanceof String name)) {
      throw InvalidInputException.of("name", body.name() == null ? "is required" : "must be a JSON string, not "
          + body.name());
    }
    String code = municipality != null && !municipality.isBlank() ? municipality.strip()
        : hotspotPlaces.municipalityOf(hotspotId).or(() -> member.municipalityCodes().stream().sorted()
            .filter(c -> hotspotPlaces.has(c, hotspotId)).findFirst())
            .orElseThrow(() -> new NotFoundException("no hotspot " + hotspotId
                + " (a hotspot named by a dialogue entry needs ?municipality=)"));
    long placeId = hotspotPlaces.save(member, code, hotspotId, name);
    return ResponseEntity.created(URI.create("/api/v1/places/" + placeId)).body(Map.of("placeId", placeId));
  }
}
