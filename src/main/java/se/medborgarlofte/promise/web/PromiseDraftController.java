package se.medborgarlofte.promise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;

/** The promises a member works on, and the form that drafts a new promise or edits a draft's text. */
@Controller
class PromiseDraftController {

  static final String LIST = "promise/admin-list";
  static final String FORM = "promise/admin-form";

  private final PromiseManagement promises;
  private final PromiseQueries queries;
  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final ProblemCategories categories;

  PromiseDraftController(PromiseManagement promises, PromiseQueries queries, Municipalities municipalities,
      LocalPoliceAreas areas, ProblemCategories categories) {
    this.promises = promises;
    this.queries = queries;
    this.municipalities = municipalities;
    this.areas = areas;
    this.categories = categories;
  }

  @GetMapping("/admin/loften")
  String list(Model model) {
    Member m = CurrentMember.require();
    model.addAttribute("promises", queries.forMember(m, null, null));
    Map<String, String> names = new HashMap<>();
    municipalities.all().forEach(x -> names.put(x.code(), x.name()));
    model.addAttribute("names", names);
    model.addAttribute("mayDraft", m.isAdmin() || !m.municipalityCodes().isEmpty() || !m.lpoIds().isEmpty());
    return LIST;
  }

  @GetMapping("/admin/loften/nytt")
  String initCreateForm(Model model) {
    Member m = CurrentMember.require();
    String code = m.municipalityCodes().stream().sorted().findFirst().orElse(null);
    Long lpo = m.lpoIds().stream().sorted().findFirst().orElse(null);
    model.addAttribute("form", DraftForm.fresh(code, lpo));
    return form(model, null);
  }

  @PostMapping("/admin/loften/nytt")
  String processCreateForm(@ModelAttribute("form") DraftForm form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> form(model, null), () -> {
      Promise p = promises.draft(CurrentMember.require(), form.read());
      redirect.addFlashAttribute("flashKey", "promise.admin.created");
      return "redirect:/admin/loften/" + p.id();
    });
  }

  @GetMapping("/admin/loften/{id}/redigera")
  String initEditForm(@PathVariable UUID id, Model model) {
    Promise p = promises.readable(CurrentMember.require(), id);
    model.addAttribute("form", DraftForm.of(p));
    return form(model, id);
  }

  @PostMapping("/admin/loften/{id}/redigera")
  String processEditForm(@PathVariable UUID id, @ModelAttribute("form") DraftForm form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> form(model, id), () -> {
      promises.edit(CurrentMember.require(), id, form.read());
      return PromiseOverview.done(redirect, id, "promise.admin.saved");
    });
  }

  /** The form with the kommuner and LPOs the member may draft for (all of them for an admin). */
  private String form(Model model, UUID id) {
    Member m = CurrentMember.require();
    model.addAttribute("promiseId", id);
    model.addAttribute("categories", categories.all());
    model.addAttribute("partyKinds", java.util.Arrays.stream(se.medborgarlofte.promise.PartyKind.values())
        .filter(se.medborgarlofte.promise.PartyKind::isThirdParty).toList());
    model.addAttribute("precisions", se.medborgarlofte.promise.PeriodPrecision.values());
    model.addAttribute("municipalityChoices", m.isAdmin() ? municipalities.all()
        : municipalities.all().stream().filter(x -> m.municipalityCodes().contains(x.code())
            || x.localPoliceAreas().stream().anyMatch(l -> m.lpoIds().contains(l.id()))).toList());
    model.addAttribute("lpoChoices", m.isAdmin() ? areas.all()
        : areas.all().stream().filter(a -> m.lpoIds().contains(a.id()) || a.municipalities().stream()
            .anyMatch(l -> m.municipalityCodes().contains(l.code()))).toList());
    return FORM;
  }
}
