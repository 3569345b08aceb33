package se.medborgarlofte.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.shared.forms.FormPage;
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
      @RequestParam(required = false) String labelEn, Model model, jakarta.servlet.http.HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, "code", () -> list(model), () -> {
      categories.add(code == null ? null : code.strip(), labelSv, labelEn);
      redirect.addFlashAttribute("flashKey", "categories.added");
      return "redirect:/admin/kategorier";
    });
  }
}
