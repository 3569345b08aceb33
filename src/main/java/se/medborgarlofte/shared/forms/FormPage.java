package se.medborgarlofte.shared.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * Handles a form posted from a page (post-redirect-get). The change either succeeds and redirects, or is refused
 * and the same page is shown again: its {@code problems} model attribute drives the error summary and the messages
 * beside each field ({@code fragments/forms.html}), and the status says what happened (422 for invalid input, 409
 * for a conflict) so that the refusal is not mistaken for success by scripts, tests or assistive tools.
 *
 * <p>The page supplier must show what the user entered: give it the submitted form object, not a fresh one.
 */
public final class FormPage {

  private FormPage() {}

  /** Runs {@code change}; if it is refused, answers {@code page} with the problems. */
  public static String submit(Model model, HttpServletResponse response, Supplier<String> page,
      Supplier<String> change) {
    return submit(model, response, null, page, change);
  }

  /** As {@link #submit(Model, HttpServletResponse, Supplier, Supplier)}; a conflict is shown at {@code field}. */
  public static String submit(Model model, HttpServletResponse response, String conflictField, Supplier<String> page,
      Supplier<String> change) {
    try {
      return change.get();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", e.problems());
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problems", List.of(FieldProblem.of(conflictField, e.getMessage())));
    }
    return page.get();
  }
}
