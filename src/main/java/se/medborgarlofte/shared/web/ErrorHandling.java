package se.medborgarlofte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/**
 * One place that turns failures into answers: RFC 9457 problem+json under {@code /api}, a styled bilingual page
 * elsewhere. Never a stack trace; unexpected errors are logged with an id the user can quote.
 */
@ControllerAdvice
class ErrorHandling {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    return answer(request, HttpStatus.NOT_FOUND, e.getMessage(), List.of(), Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(NoResourceFoundException e, HttpServletRequest request) {
    return answer(request, HttpStatus.NOT_FOUND, "no such resource", List.of(), Map.of());
  }

  @ExceptionHandler(InvalidInputException.class)
  Object invalid(InvalidInputException e, HttpServletRequest request) {
    return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "the request is invalid", e.problems(),
        Map.of("errorCount", e.errorCount()));
  }

  @ExceptionHandler(BindException.class)
  Object bind(BindException e, HttpServletRequest request) {
    List<FieldProblem> problems = e.getFieldErrors().stream()
        .map(f -> FieldProblem.of(f.getField(), f.getDefaultMessage()))
        .toList();
    return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "the request is invalid", problems, Map.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    if (RequestSizeLimit.causedByTooLarge(e)) {
      return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "the request body is too large",
          List.of(FieldProblem.of("body", "too large")), Map.of());
    }
    String field = fieldOf(e);
    return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "the request body could not be read",
        List.of(FieldProblem.of(field, "malformed JSON or a value of the wrong type")), Map.of());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  Object badParameter(Exception e, HttpServletRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
        : ((MissingServletRequestParameterException) e).getParameterName();
    return answer(request, HttpStatus.BAD_REQUEST, "bad parameter " + name,
        List.of(FieldProblem.of(name, "missing or not a valid value")), Map.of());
  }

  @ExceptionHandler(ConflictException.class)
  Object conflict(ConflictException e, HttpServletRequest request) {
    Map<String, Object> extra = e.existingId() == null ? Map.of() : Map.of("id", e.existingId());
    return answer(request, HttpStatus.CONFLICT, e.getMessage(), List.of(), extra);
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object denied(AccessDeniedException e, HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      throw new AuthenticationCredentialsNotFoundException("authentication required", e);
    }
    return answer(request, HttpStatus.FORBIDDEN, "you may not do this", List.of(), Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed", List.of(), Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported content type", List.of(), Map.of());
  }

  /** A form posted to the answers' path by a client that accepts only JSON: 406, not a 500 (found by probing). */
  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
  Object notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return answer(request, HttpStatus.NOT_ACCEPTABLE, "no acceptable representation: " + e.getSupportedMediaTypes(),
        List.of(), Map.of());
  }

  /**
   * The database cannot be reached (down, or no connection within the pool's 2 s): 503 at once, so threads do not
   * pile up waiting, and the client knows to try again.
   */
  @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
      org.springframework.transaction.CannotCreateTransactionException.class})
  Object databaseUnavailable(Exception e, HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    response.setHeader("Retry-After", "10");
    return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "the service is briefly unavailable, try again soon",
        List.of(), Map.of());
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request) {
    String id = Long.toHexString(System.nanoTime());
    log.error("Unexpected error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
    return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error, reference " + id, List.of(),
        Map.of("reference", id));
  }

  private static Object answer(HttpServletRequest request, HttpStatus status, String detail,
      List<FieldProblem> problems, Map<String, Object> extra) {
    if (isApi(request)) {
      ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
      body.setInstance(URI.create(request.getRequestURI()));
      if (!problems.isEmpty() || status == HttpStatus.UNPROCESSABLE_CONTENT) {
        body.setProperty("errors", problems);
      }
      extra.forEach(body::setProperty);
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
    ModelAndView page = new ModelAndView("error");
    page.setStatus(HttpStatusCode.valueOf(status.value()));
    page.addObject("status", status.value());
    page.addObject("problems", problems);
    page.addObject("reference", extra.get("reference"));
    return page;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/open311/");
  }

  private static String fieldOf(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : d.getPath()) {
        if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.toString();
    }
    return "body";
  }
}
