package se.medborgarlofte.promise.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseAccess;
import se.medborgarlofte.promise.PromiseDiff;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.shared.ProblemCategories;

/**
 * The workspace page of one promise, where its commitments and its life (signing, publication, revision, extension,
 * closing) are handled. The commitment and lifecycle controllers both post from it and show it again, with the
 * user's entries kept, when a change is refused.
 */
@Component
class PromiseOverview {

  static final String VIEW = "promise/admin-overview";

  private final PromiseManagement promises;
  private final DocumentModel documents;
  private final ProblemCategories categories;

  private final org.springframework.context.MessageSource messages;
  private final se.medborgarlofte.organisation.Places places;

  PromiseOverview(PromiseManagement promises, DocumentModel documents, ProblemCategories categories,
      org.springframework.context.MessageSource messages, se.medborgarlofte.organisation.Places places) {
    this.messages = messages;
    this.places = places;
    this.promises = promises;
    this.documents = documents;
    this.categories = categories;
  }

  String show(UUID id, Model model, Locale locale) {
    Member m = CurrentMember.require();
    Promise p = promises.readable(m, id);
    model.addAllAttributes(documents.of(p, p.working(), true, locale));
    model.addAttribute("mayEdit", PromiseAccess.mayEdit(m, p));
    model.addAttribute("state", p.status().name());
    model.addAttribute("open", p.openDraft().isPresent());
    model.addAttribute("categories", categories.all());
    model.addAttribute("activityTypes", ActivityType.values());
    model.addAttribute("commitmentKinds", se.medborgarlofte.promise.CommitmentKind.values());
    model.addAttribute("quantityPers", se.medborgarlofte.promise.Quantity.Per.values());
    model.addAttribute("ownerChoices", ownerChoices(p, locale));
    model.addAttribute("kommunPlaces", p.shownIn().stream().flatMap(code -> places.in(code).stream()).toList());
    model.addAttribute("publishedNumber", p.published().map(v -> v.number()).orElse(null));
    p.published().filter(v -> p.openDraft().isPresent())
        .ifPresent(v -> model.addAttribute("diff", PromiseDiff.between(v, p.working())));
    // a refused form is already in the model as it was typed; the others start empty
    if (!model.containsAttribute("commitment")) {
      model.addAttribute("commitment", CommitmentForm.empty());
    }
    if (!model.containsAttribute("signing")) {
      model.addAttribute("signing", SigningForm.byMe(m.displayName()));
    }
    if (!model.containsAttribute("extension")) {
      model.addAttribute("extension", new ExtensionForm(null, null, null));
    }
    return VIEW;
  }

  /**
   * The one-choice owners of a new commitment: the kommun, the police, both together (the seed's three), then each
   * third party alone. Other owner sets are ticked as owners.
   */
  private java.util.Map<String, String> ownerChoices(Promise p, Locale locale) {
    var out = new java.util.LinkedHashMap<String, String>();
    boolean kommun = !p.municipalityCodes().isEmpty();
    boolean police = !p.localPoliceAreaIds().isEmpty();
    if (kommun) {
      out.put("MUNICIPALITY", messages.getMessage("promise.party.MUNICIPALITY", null, locale));
    }
    if (police) {
      out.put("POLICE", messages.getMessage("promise.party.POLICE", null, locale));
    }
    if (kommun && police) {
      out.put("JOINT", messages.getMessage("promise.party.JOINT", null, locale));
    }
    p.working().text().otherParties().forEach(o -> out.put(o.key(), o.name()));
    return out;
  }

  /** Back to the workspace page after a change, with a message saying what was done. */
  static String done(RedirectAttributes redirect, UUID id, String messageKey) {
    redirect.addFlashAttribute("flashKey", messageKey);
    return "redirect:/admin/loften/" + id;
  }
}
