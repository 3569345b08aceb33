package se.medborgarlofte.survey.web;

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
import se.medborgarlofte.survey.SurveyFileRejected;

/**
 * A rejected import as problem+json, like the house's 422 but with each cell's {@code value} and the total
 * {@code errorCount}. Scoped to the survey API and ordered first, so the house's catch-all does not answer it.
 */
@RestControllerAdvice(assignableTypes = SurveyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblems {

  @ExceptionHandler(SurveyFileRejected.class)
  ResponseEntity<ProblemDetail> rejected(SurveyFileRejected e, HttpServletRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        "the file was not imported: " + e.errorCount() + (e.errorCount() == 1 ? " problem" : " problems"));
    body.setInstance(URI.create(request.getRequestURI()));
    body.setProperty("errors", e.errors());
    body.setProperty("errorCount", e.errorCount());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
