package se.medborgarlofte.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with an input: the line (for imports), the field, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer line, String field, String message) {

  public static FieldProblem of(String field, String message) {
    return new FieldProblem(null, field, message);
  }
}
