package se.medborgarlofte.promise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * A draft's commitments: add, move, remove. Plain forms with post-redirect-get; htmx only swaps the commitment list
 * in place when it is there.
 */
@Controller
class CommitmentController {

  private final PromiseManagement promises;
  private final PromiseOverview overview;

  CommitmentController(PromiseManagement promises, PromiseOverview overview) {
    this.promises = promises;
    this.overview = overview;
  }

  @PostMapping("/admin/loften/{id}/ataganden")
  String add(@PathVariable UUID id, @ModelAttribute("commitment") CommitmentForm form, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> overview.show(id, model, locale), () -> {
      promises.addCommitment(CurrentMember.require(), id, form.read());
      return PromiseOverview.done(redirect, id, "promise.admin.commitmentAdded");
    });
  }

  @PostMapping("/admin/loften/{id}/ataganden/{cid}/flytta")
  String move(@PathVariable UUID id, @PathVariable UUID cid, @RequestParam int delta, RedirectAttributes redirect) {
    promises.moveCommitment(CurrentMember.require(), id, cid, delta);
    return PromiseOverview.done(redirect, id, "promise.admin.saved");
  }

  @PostMapping("/admin/loften/{id}/ataganden/{cid}/ta-bort")
  String remove(@PathVariable UUID id, @PathVariable UUID cid, RedirectAttributes redirect) {
    promises.removeCommitment(CurrentMember.require(), id, cid);
    return PromiseOverview.done(redirect, id, "promise.admin.commitmentRemoved");
  }
}
