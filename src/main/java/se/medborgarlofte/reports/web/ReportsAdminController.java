package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.reports.Open311Clients;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.reports.ReportCategory;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * Admin pages of place reports beside moderation: the report categories (an admin adds one, mapped to the problem
 * taxonomy) and the Open311 client keys (issue, list, revoke). The services check that the caller is an admin.
 */
@Controller
class ReportsAdminController {

  private final ReportCategories categories;
  private final ProblemCategories problems;
  private final Open311Clients clients;

  ReportsAdminController(ReportCategories categories, ProblemCategories problems, Open311Clients clients) {
    this.categories = categories;
    this.problems = problems;
    this.clients = clients;
  }

  /** What the add form holds, so a refused form is shown again as it was sent. */
  record CategoryForm(String code, String nameSv, String nameEn, String problemCategory) {}

  @GetMapping("/admin/rapportkategorier")
  String categories(Model model) {
    return categoriesPage(model, new CategoryForm("", "", "", ""));
  }

  @PostMapping("/admin/rapportkategorier")
  String addCategory(@RequestParam(required = false) String code, @RequestParam(required = false) String nameSv,
      @RequestParam(required = false) String nameEn, @RequestParam(required = false) String problemCategory,
      Model model, HttpServletResponse response) {
    CategoryForm form = new CategoryForm(code, nameSv, nameEn, problemCategory);
    return FormPage.submit(model, response, "code", () -> categoriesPage(model, form), () -> {
      categories.add(CurrentMember.require(), new ReportCategory(code, nameSv, nameEn, problemCategory));
      return "redirect:/admin/rapportkategorier?tillagd=" + code;
    });
  }

  private String categoriesPage(Model model, CategoryForm form) {
    // Only admins may see the page at all, not just post to it.
    if (!categories.manages(CurrentMember.require())) {
      throw new org.springframework.security.access.AccessDeniedException("only admins manage report categories");
    }
    model.addAttribute("categories", categories.all());
    model.addAttribute("problemCategories", problems.all());
    model.addAttribute("locale", LocaleContextHolder.getLocale());
    model.addAttribute("form", form);
    return "reports/admin-categories";
  }

  @GetMapping("/admin/open311-nycklar")
  String keys(Model model) {
    return keysPage(model, "", null);
  }

  /** The new key is shown on this answer only (no redirect: it is never stored in the clear). */
  @PostMapping("/admin/open311-nycklar")
  String issue(@RequestParam(required = false) String name, Model model, HttpServletResponse response) {
    return FormPage.submit(model, response, "name", () -> keysPage(model, name, null),
        () -> keysPage(model, "", clients.issue(CurrentMember.require(), name)));
  }

  @PostMapping("/admin/open311-nycklar/{id}/aterkalla")
  String revoke(@PathVariable long id, Model model, HttpServletResponse response) {
    return FormPage.submit(model, response, "name", () -> keysPage(model, "", null), () -> {
      clients.revoke(CurrentMember.require(), id);
      return "redirect:/admin/open311-nycklar?aterkallad=" + id;
    });
  }

  private String keysPage(Model model, String name, Open311Clients.IssuedKey issued) {
    model.addAttribute("clients", clients.all(CurrentMember.require()));
    model.addAttribute("name", name);
    model.addAttribute("issued", issued);
    return "reports/admin-keys";
  }
}
