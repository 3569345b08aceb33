package se.medborgarlofte.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with an input: the line (for imports), the field, the value as written (for imports, so a user
 * finds the cell without opening the file), and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer line, String field, String value, String message) {

  public FieldProblem(Integer line, String field, String message) {
    this(line, field, null, message);
  }

  public static FieldProblem of(String field, String message) {
    return new FieldProblem(null, field, message);
  }
}
