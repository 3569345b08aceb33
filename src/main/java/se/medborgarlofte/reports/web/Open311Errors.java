package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.medborgarlofte.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311's own error format, {@code [{code, description}]} (XML: {@code <errors><error>…}), in the format the
 * request asked for; never problem+json. A refused report names each field and why, one error per problem.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

  private final JsonMapper json;

  Open311Errors(JsonMapper json) {
    this.json = json;
  }

  @ExceptionHandler(Open311Exception.class)
  ResponseEntity<String> open311(Open311Exception e, HttpServletRequest request) {
    return answer(request, e.status(), List.of(e.getMessage()));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
    return answer(request, 400, e.problems().stream()
        .map(p -> (p.field() == null ? "" : open311Name(p.field()) + ": ") + p.message()).toList());
  }

  /** The house's field names where Open311 has its own. */
  private static String open311Name(String field) {
    return switch (field) {
      case "category" -> "service_code";
      case "lon" -> "long";
      case "location" -> "address_string";
      case "timeOfDay" -> "attribute[time_of_day]";
      default -> field;
    };
  }

  private ResponseEntity<String> answer(HttpServletRequest request, int status, List<String> descriptions) {
    List<Map<String, Object>> errors = descriptions.stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", status);
      m.put("description", d);
      return m;
    }).toList();
    if (request.getRequestURI().endsWith(".xml")) {
      return ResponseEntity.status(status).contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
          .body(Open311Xml.write("errors", errors));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(errors));
  }
}
