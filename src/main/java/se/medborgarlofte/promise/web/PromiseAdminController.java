package se.medborgarlofte.promise.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
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
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseAccess;
import se.medborgarlofte.promise.PromiseDiff;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.ProblemCategories;

/**
 * The workspace for promises: list, draft, commitments, signing, publication, revision, extension, closing. Plain
 * forms with post-redirect-get; htmx only swaps the commitment list in place when it is there.
 */
@Controller
class PromiseAdminController {

  static final String LIST = "promise/admin-list";
  static final String FORM = "promise/admin-form";
  static final String OVERVIEW = "promise/admin-overview";

  private final PromiseManagement promises;
  private final PromiseQueries queries;
  private final DocumentModel documents;
  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final ProblemCategories categories;

  PromiseAdminController(PromiseManagement promises, PromiseQueries queries, DocumentModel documents,
      Municipalities municipalities, LocalPoliceAreas areas, ProblemCategories categories) {
    this.promises = promises;
    this.queries = queries;
    this.documents = documents;
    this.municipalities = municipalities;
    this.areas = areas;
    this.categories = categories;
  }

  @GetMapping("/admin/loften")
  String list(Model model) {
    Member m = CurrentMember.require();
    model.addAttribute("promises", queries.forMember(m, null, null));
    java.util.Map<String, String> names = new java.util.HashMap<>();
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
    int year = java.time.LocalDate.now().getYear() + 1;
    model.addAttribute("form", new Draft(code, lpo, null, java.time.LocalDate.of(year, 1, 1),
        java.time.LocalDate.of(year, 12, 31), 6, null, List.of(), null, null, null, null));
    return form(model, null);
  }

  @PostMapping("/admin/loften/nytt")
  String processCreateForm(@ModelAttribute("form") Draft form, Model model, RedirectAttributes redirect) {
    return attempt(model, () -> form(model, null), () -> {
      Promise p = promises.draft(CurrentMember.require(), form);
      redirect.addFlashAttribute("flashKey", "promise.admin.created");
      return "redirect:/admin/loften/" + p.id();
    });
  }

  @GetMapping("/admin/loften/{id}")
  String overview(@PathVariable UUID id, Model model, Locale locale) {
    Member m = CurrentMember.require();
    Promise p = promises.readable(m, id);
    model.addAllAttributes(documents.of(p, p.working(), true, locale));
    model.addAttribute("mayEdit", PromiseAccess.mayEdit(m, p));
    model.addAttribute("state", p.status().name());
    model.addAttribute("open", p.openDraft().isPresent());
    model.addAttribute("categories", categories.all());
    model.addAttribute("activityTypes", ActivityType.values());
    model.addAttribute("publishedNumber", p.published().map(v -> v.number()).orElse(null));
    p.published().filter(v -> p.openDraft().isPresent())
        .ifPresent(v -> model.addAttribute("diff", PromiseDiff.between(v, p.working())));
    if (!model.containsAttribute("commitment")) {
      model.addAttribute("commitment", new CommitmentInput(null, null, null, List.of(), List.of(), null, null, null));
    }
    model.addAttribute("signing", new SignatureInput(null, m.displayName(), null, java.time.LocalDate.now(), null));
    return OVERVIEW;
  }

  @GetMapping("/admin/loften/{id}/redigera")
  String initEditForm(@PathVariable UUID id, Model model) {
    Promise p = promises.readable(CurrentMember.require(), id);
    var t = p.working().text();
    model.addAttribute("form", new Draft(p.municipalityCode(), p.localPoliceAreaId(), t.title(), t.validFrom(),
        t.validTo(), t.followUpIntervalMonths(), t.evaluationDate(), t.problemCategories(), t.introduction(),
        t.problemDescription(), t.situation(), t.followUpDescription()));
    return form(model, id);
  }

  @PostMapping("/admin/loften/{id}/redigera")
  String processEditForm(@PathVariable UUID id, @ModelAttribute("form") Draft form, Model model,
      RedirectAttributes redirect) {
    return attempt(model, () -> form(model, id), () -> {
      promises.edit(CurrentMember.require(), id, form);
      return done(redirect, id, "promise.admin.saved");
    });
  }

  @PostMapping("/admin/loften/{id}/ataganden")
  String addCommitment(@PathVariable UUID id, @ModelAttribute("commitment") CommitmentInput input, Model model,
      Locale locale, RedirectAttributes redirect) {
    return attempt(model, () -> overview(id, model, locale), () -> {
      promises.addCommitment(CurrentMember.require(), id, input);
      return done(redirect, id, "promise.admin.commitmentAdded");
    });
  }

  @PostMapping("/admin/loften/{id}/ataganden/{cid}/flytta")
  String move(@PathVariable UUID id, @PathVariable UUID cid, @RequestParam int delta, RedirectAttributes redirect) {
    promises.moveCommitment(CurrentMember.require(), id, cid, delta);
    return done(redirect, id, "promise.admin.saved");
  }

  @PostMapping("/admin/loften/{id}/ataganden/{cid}/ta-bort")
  String removeCommitment(@PathVariable UUID id, @PathVariable UUID cid, RedirectAttributes redirect) {
    promises.removeCommitment(CurrentMember.require(), id, cid);
    return done(redirect, id, "promise.admin.commitmentRemoved");
  }

  @PostMapping("/admin/loften/{id}/underskrifter")
  String sign(@PathVariable UUID id, @ModelAttribute("signing") SignatureInput input, Model model, Locale locale,
      RedirectAttributes redirect) {
    return attempt(model, () -> overview(id, model, locale), () -> {
      promises.sign(CurrentMember.require(), id, input);
      return done(redirect, id, "promise.admin.signed");
    });
  }

  @PostMapping("/admin/loften/{id}/{action:publicera|revidera|ateroppna}")
  String transition(@PathVariable UUID id, @PathVariable String action, Model model, Locale locale,
      RedirectAttributes redirect) {
    return attempt(model, () -> overview(id, model, locale), () -> {
      Member m = CurrentMember.require();
      switch (action) {
        case "publicera" -> promises.publish(m, id);
        case "revidera" -> promises.revise(m, id);
        default -> promises.reopen(m, id);
      }
      return done(redirect, id, "promise.admin.done." + action);
    });
  }

  @PostMapping("/admin/loften/{id}/forlang")
  String extend(@PathVariable UUID id, @ModelAttribute ExtensionInput input, Model model, Locale locale,
      RedirectAttributes redirect) {
    return attempt(model, () -> overview(id, model, locale), () -> {
      promises.extend(CurrentMember.require(), id, input);
      return done(redirect, id, "promise.admin.extended");
    });
  }

  @PostMapping("/admin/loften/{id}/{action:avsluta|aterkalla}")
  String end(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason,
      Model model, Locale locale, RedirectAttributes redirect) {
    return attempt(model, () -> overview(id, model, locale), () -> {
      if (action.equals("avsluta")) {
        promises.close(CurrentMember.require(), id, reason);
      } else {
        promises.withdraw(CurrentMember.require(), id, reason);
      }
      return done(redirect, id, "promise.admin.done." + action);
    });
  }

  private String form(Model model, UUID id) {
    Member m = CurrentMember.require();
    model.addAttribute("promiseId", id);
    model.addAttribute("categories", categories.all());
    model.addAttribute("municipalityChoices", m.isAdmin() ? municipalities.all()
        : municipalities.all().stream().filter(x -> m.municipalityCodes().contains(x.code())
            || x.localPoliceAreas().stream().anyMatch(l -> m.lpoIds().contains(l.id()))).toList());
    model.addAttribute("lpoChoices", m.isAdmin() ? areas.all()
        : areas.all().stream().filter(a -> m.lpoIds().contains(a.id()) || a.municipalities().stream()
            .anyMatch(l -> m.municipalityCodes().contains(l.code()))).toList());
    return FORM;
  }

  private static String done(RedirectAttributes redirect, UUID id, String key) {
    redirect.addFlashAttribute("flashKey", key);
    return "redirect:/admin/loften/" + id;
  }

  /** Runs a change; on invalid input or a conflict, shows the page again with the problems listed. */
  private static String attempt(Model model, Supplier<String> again, Supplier<String> change) {
    try {
      return change.get();
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (ConflictException e) {
      model.addAttribute("problems", List.of(new FieldProblem(null, null, e.getMessage())));
    } catch (AccessDeniedException e) {
      throw e;
    }
    return again.get();
  }
}
