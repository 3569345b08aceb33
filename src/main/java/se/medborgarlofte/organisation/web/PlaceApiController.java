package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

@RestController
@Tag(name = "Places", description = "A kommun's sub-areas (towns, districts, survey areas, points)")
class PlaceApiController {

  private final Places places;
  private final Municipalities municipalities;

  PlaceApiController(Places places, Municipalities municipalities) {
    this.places = places;
    this.municipalities = municipalities;
  }

  record NewPlace(String name, String kind, Double latitude, Double longitude) {}

  @GetMapping("/api/v1/municipalities/{code}/places")
  @Operation(summary = "The kommun's places")
  List<Place> list(@PathVariable String code) {
    if (!municipalities.exists(code)) {
      throw new NotFoundException("no municipality with code " + code);
    }
    return places.in(code);
  }

  @PostMapping("/api/v1/municipalities/{code}/places")
  @Operation(summary = "Add a place (the kommun's coordinators and admins)")
  ResponseEntity<Place> add(@PathVariable String code, @RequestBody(required = false) NewPlace body) {
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {name, kind, latitude?, longitude?} is required").throwIfAny();
    }
    long id = places.add(CurrentMember.require(), code, body.name(), body.kind(), body.latitude(), body.longitude());
    return ResponseEntity.created(URI.create("/api/v1/places/" + id)).body(places.find(id).orElseThrow());
  }

  @DeleteMapping("/api/v1/places/{id}")
  @Operation(summary = "Remove a place (the kommun's coordinators and admins)")
  ResponseEntity<Void> remove(@PathVariable long id) {
    places.remove(CurrentMember.require(), id);
    return ResponseEntity.noContent().build();
  }
}
