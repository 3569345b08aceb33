package se.medborgarlofte.shared.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.ProblemCategory;

@RestController
@RequestMapping("/api/v1/problem-categories")
@Tag(name = "Problem categories", description = "The taxonomy every piece of evidence and commitment is tagged with")
class ProblemCategoryApiController {

  private final ProblemCategories categories;

  ProblemCategoryApiController(ProblemCategories categories) {
    this.categories = categories;
  }

  @GetMapping
  @Operation(summary = "All categories with Swedish and English labels")
  List<ProblemCategory> all() {
    return categories.all();
  }

  @PostMapping
  @Operation(summary = "Add a category (ADMIN); codes are upper-case ASCII and never change")
  ResponseEntity<ProblemCategory> add(@RequestBody(required = false) ProblemCategory body) {
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {code, labelSv, labelEn} is required").throwIfAny();
    }
    ProblemCategory created = categories.add(body.code(), body.labelSv(), body.labelEn());
    return ResponseEntity.created(URI.create("/api/v1/problem-categories")).body(created);
  }
}
