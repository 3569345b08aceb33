package se.medborgarlofte.promise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * A promise's life, from its workspace page: signing, publishing, revising, reopening, extending, closing and
 * withdrawing. Each step is a post that returns to the page.
 */
@Controller
class PromiseLifecycleController {

  private final PromiseManagement promises;
  private final PromiseOverview overview;

  PromiseLifecycleController(PromiseManagement promises, PromiseOverview overview) {
    this.promises = promises;
    this.overview = overview;
  }

  @GetMapping("/admin/loften/{id}")
  String overview(@PathVariable UUID id, Model model, Locale locale) {
    return overview.show(id, model, locale);
  }

  @PostMapping("/admin/loften/{id}/underskrifter")
  String sign(@PathVariable UUID id, @ModelAttribute("signing") SigningForm form, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> overview.show(id, model, locale), () -> {
      promises.sign(CurrentMember.require(), id, form.read());
      return PromiseOverview.done(redirect, id, "promise.admin.signed");
    });
  }

  @PostMapping("/admin/loften/{id}/{action:publicera|revidera|ateroppna}")
  String transition(@PathVariable UUID id, @PathVariable String action, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> overview.show(id, model, locale), () -> {
      Member m = CurrentMember.require();
      switch (action) {
        // an archived promise is published from its source; the page offers only that button for it
        case "publicera" -> promises.publish(m, id, promises.readable(m, id).working().fromSource());
        case "revidera" -> promises.revise(m, id);
        default -> promises.reopen(m, id);
      }
      return PromiseOverview.done(redirect, id, "promise.admin.done." + action);
    });
  }

  @PostMapping("/admin/loften/{id}/forlang")
  String extend(@PathVariable UUID id, @ModelAttribute("extension") ExtensionForm form, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> overview.show(id, model, locale), () -> {
      promises.extend(CurrentMember.require(), id, form.read());
      return PromiseOverview.done(redirect, id, "promise.admin.extended");
    });
  }

  @PostMapping("/admin/loften/{id}/{action:avsluta|aterkalla}")
  String end(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason,
      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> overview.show(id, model, locale), () -> {
      if (action.equals("avsluta")) {
        promises.close(CurrentMember.require(), id, reason);
      } else {
        promises.withdraw(CurrentMember.require(), id, reason);
      }
      return PromiseOverview.done(redirect, id, "promise.admin.done." + action);
    });
  }
}
