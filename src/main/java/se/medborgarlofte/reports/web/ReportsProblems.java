package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.medborgarlofte.shared.InvalidInputException;

/** Refused input of this module's API as the house's 422, plus {@code errorCount}. */
@RestControllerAdvice(assignableTypes = PlaceReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportsProblems {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        "the request is invalid: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
    body.setInstance(URI.create(request.getRequestURI()));
    body.setProperty("errors", e.problems());
    body.setProperty("errorCount", e.problems().size());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
