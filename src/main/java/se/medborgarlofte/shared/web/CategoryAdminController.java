package se.medborgarlofte.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.ProblemCategories;

/** Admin page for the problem taxonomy: list, and add a category (ADMIN only). */
@Controller
class CategoryAdminController {

  private final ProblemCategories categories;

  CategoryAdminController(ProblemCategories categories) {
    this.categories = categories;
  }

  @GetMapping("/admin/kategorier")
  String list(Model model) {
    model.addAttribute("categories", categories.all());
    return "admin/categories";
  }

  @PostMapping("/admin/kategorier")
  String add(@RequestParam(required = false) String code, @RequestParam(required = false) String labelSv,
      @RequestParam(required = false) String labelEn, Model model, RedirectAttributes redirect) {
    try {
      categories.add(code == null ? null : code.strip(), labelSv, labelEn);
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return list(model);
    } catch (ConflictException e) {
      model.addAttribute("problems", java.util.List.of(FieldProblem.of("code", e.getMessage())));
      return list(model);
    }
    redirect.addFlashAttribute("flashKey", "categories.added");
    return "redirect:/admin/kategorier";
  }
}
