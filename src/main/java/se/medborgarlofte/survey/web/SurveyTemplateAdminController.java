package se.medborgarlofte.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;
import se.medborgarlofte.survey.ItemGroup;
import se.medborgarlofte.survey.ItemType;
import se.medborgarlofte.survey.SurveyPermissions;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.SurveyTemplates;

/**
 * Questionnaire templates in the workspace (the admin's, as templates are national). A template is never changed
 * here in place: "new version from this one" copies it into an editor and saves the result as the next version of
 * its code through {@link SurveyTemplates#create}, the same validation and audit as the API. So a frozen template,
 * whose codes and values answers refer to, stays as it is.
 */
@Controller
class SurveyTemplateAdminController {

  private final SurveyTemplates templates;
  private final ProblemCategories categories;

  SurveyTemplateAdminController(SurveyTemplates templates, ProblemCategories categories) {
    this.templates = templates;
    this.categories = categories;
  }

  @GetMapping("/admin/enkater/mallar")
  String list(Model model) {
    requireManage();
    model.addAttribute("templates", templates.all());
    return "survey/admin-templates";
  }

  @GetMapping("/admin/enkater/mallar/{id}")
  String show(@PathVariable long id, Model model) {
    requireManage();
    model.addAttribute("template", templates.get(id));
    model.addAttribute("categories", categories.byCode());
    return "survey/admin-template";
  }

  @GetMapping("/admin/enkater/mallar/{id}/ny-version")
  String newVersion(@PathVariable long id, Model model) {
    requireManage();
    return editor(model, templates.get(id), TemplateForm.of(templates.get(id)));
  }

  /**
   * Saves the next version, or (for the editor's other buttons, which work without JavaScript) shows the form
   * again with an item or option added or removed.
   */
  @PostMapping("/admin/enkater/mallar/{id}/ny-version")
  String saveNewVersion(@PathVariable long id, @ModelAttribute("form") TemplateForm form,
      @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    requireManage();
    SurveyTemplate from = templates.get(id);
    if (!action.equals("save")) {
      form.apply(action);
      return editor(model, from, form);
    }
    return FormPage.submit(model, response, "name", () -> editor(model, from, form), () -> {
      SurveyTemplate saved = templates.create(CurrentMember.require(), form.toRequest(from.code()));
      redirect.addFlashAttribute("flashKey", "survey.templates.saved");
      return "redirect:/admin/enkater/mallar/" + saved.id();
    });
  }

  private String editor(Model model, SurveyTemplate from, TemplateForm form) {
    model.addAttribute("template", from);
    model.addAttribute("form", form);
    model.addAttribute("nextVersion", templates.all().stream().filter(t -> t.code().equals(from.code()))
        .mapToInt(SurveyTemplate::version).max().orElse(0) + 1);
    model.addAttribute("groups", ItemGroup.values());
    model.addAttribute("types", ItemType.values());
    model.addAttribute("categories", categories.all());
    return "survey/admin-template-edit";
  }

  /** The pages show nothing the public API does not, but only those who may change templates need them. */
  private static void requireManage() {
    if (!CurrentMember.require().may(SurveyPermissions.MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins edit questionnaire templates");
    }
  }
}
