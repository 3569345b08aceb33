package se.medborgarlofte.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.dialogue.DialogueKind;
import se.medborgarlofte.dialogue.DialogueView;
import se.medborgarlofte.dialogue.Dialogues;
import se.medborgarlofte.dialogue.NewDialogue;
import se.medborgarlofte.dialogue.NewEntry;
import se.medborgarlofte.dialogue.Participants;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * Dialogues in admin, for the kommun's coordinators and its police: the kommun's dialogues and a form for a new one;
 * a dialogue's page with its entries, a form for an entry (a safety walk's with a proposed action and owner), the
 * published summary, and moderation of citizens' entries. The service checks scope; every change is audited there.
 */
@Controller
class DialogueAdminController {

  private final Dialogues dialogues;
  private final Municipalities municipalities;
  private final Places places;
  private final ProblemCategories categories;

  DialogueAdminController(Dialogues dialogues, Municipalities municipalities, Places places,
      ProblemCategories categories) {
    this.dialogues = dialogues;
    this.municipalities = municipalities;
    this.places = places;
    this.categories = categories;
  }

  /** The new-dialogue form as sent, so a refused form comes back as it was. */
  record DialogueForm(String kind, String title, String date, List<String> organisers, String participants,
      String women, String men, String other, String lat, String lon, boolean openForEntries) {

    static DialogueForm empty() {
      return new DialogueForm("MEETING", "", LocalDate.now().toString(), List.of(), "", "", "", "", "", "", false);
    }
  }

  /** The entry form as sent. */
  record EntryForm(String text, List<String> problemCategories, String placeId, String lat, String lon,
      String proposedAction, String owner) {

    static EntryForm empty() {
      return new EntryForm("", List.of(), "", "", "", "", "");
    }
  }

  @GetMapping("/admin/dialoger")
  String list(@RequestParam(required = false) String kommun, Model model) {
    return listPage(chosen(kommun), DialogueForm.empty(), model);
  }

  @PostMapping("/admin/dialoger")
  String create(@RequestParam(required = false) String kommun, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String title, @RequestParam(required = false) String date,
      @RequestParam(required = false) List<String> organisers, @RequestParam(required = false) String participants,
      @RequestParam(required = false) String women, @RequestParam(required = false) String men,
      @RequestParam(required = false) String other, @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lon, @RequestParam(required = false) boolean openForEntries,
      Model model, HttpServletResponse response) {
    DialogueForm form = new DialogueForm(kind, title, date, organisers == null ? List.of() : organisers,
        participants, women, men, other, lat, lon, openForEntries);
    String code = chosen(kommun);
    return FormPage.submit(model, response, "title", () -> listPage(code, form, model), () -> {
      FieldErrors errors = new FieldErrors();
      DialogueKind k = parseKind(kind, errors);
      LocalDate held = parseDate(date, errors);
      Map<String, Integer> byGender = new LinkedHashMap<>();
      putCount(byGender, "WOMEN", women, "participants.byGender", errors);
      putCount(byGender, "MEN", men, "participants.byGender", errors);
      putCount(byGender, "OTHER", other, "participants.byGender", errors);
      Integer total = parseInt(participants, "participants.total", errors);
      Double la = parseDouble(lat, "lat", errors);
      Double lo = parseDouble(lon, "lon", errors);
      errors.throwIfAny();
      long id = dialogues.create(CurrentMember.require(), new NewDialogue(code, k, title, held, form.organisers(),
          null, la, lo, total == null && byGender.isEmpty() ? null
              : new Participants(total, byGender.isEmpty() ? null : byGender, null), openForEntries));
      return "redirect:/admin/dialoger/" + id;
    });
  }

  @GetMapping("/admin/dialoger/{id}")
  String dialogue(@PathVariable long id, Model model) {
    return dialoguePage(dialogues.forStaff(CurrentMember.require(), id), EntryForm.empty(), null, model);
  }

  @PostMapping("/admin/dialoger/{id}/inlagg")
  String addEntry(@PathVariable long id, @RequestParam(required = false) String text,
      @RequestParam(required = false) List<String> problemCategories,
      @RequestParam(required = false) String placeId, @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lon, @RequestParam(required = false) String proposedAction,
      @RequestParam(required = false) String owner, Model model, HttpServletResponse response) {
    DialogueView d = dialogues.forStaff(CurrentMember.require(), id);
    EntryForm form = new EntryForm(text, problemCategories == null ? List.of() : problemCategories, placeId, lat,
        lon, proposedAction, owner);
    return FormPage.submit(model, response, "text", () -> dialoguePage(d, form, null, model), () -> {
      FieldErrors errors = new FieldErrors();
      Long place = parseLong(placeId, "placeId", errors);
      Double la = parseDouble(lat, "lat", errors);
      Double lo = parseDouble(lon, "lon", errors);
      errors.throwIfAny();
      dialogues.addEntry(CurrentMember.require(), id, new NewEntry(text, form.problemCategories(),
          place, la, lo, blankToNull(proposedAction), blankToNull(owner)));
      return "redirect:/admin/dialoger/" + id + "?inlagg";
    });
  }

  @PostMapping("/admin/dialoger/{id}/sammanfattning")
  String publishSummary(@PathVariable long id, @RequestParam(required = false) String summary, Model model,
      HttpServletResponse response) {
    DialogueView d = dialogues.forStaff(CurrentMember.require(), id);
    return FormPage.submit(model, response, "summary", () -> dialoguePage(d, EntryForm.empty(), summary, model),
        () -> {
          dialogues.publishSummary(CurrentMember.require(), id, summary);
          return "redirect:/admin/dialoger/" + id + "?publicerad";
        });
  }

  @PostMapping("/admin/dialoger/{id}/inlagg/{entryId}/moderering")
  String moderate(@PathVariable long id, @PathVariable long entryId, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
    DialogueView d = dialogues.forStaff(CurrentMember.require(), id);
    if (d.entries().stream().noneMatch(e -> e.id() == entryId)) {
      throw new se.medborgarlofte.shared.NotFoundException("no entry " + entryId + " in dialogue " + id);
    }
    return FormPage.submit(model, response, "decision", () -> dialoguePage(d, EntryForm.empty(), null, model), () -> {
      dialogues.moderateEntry(CurrentMember.require(), entryId, decision, reason);
      return "redirect:/admin/dialoger/" + id + "?granskad";
    });
  }

  /** The kommun asked for, or the first the member enters dialogues for. */
  private String chosen(String kommun) {
    Member member = CurrentMember.require();
    if (kommun != null && !kommun.isBlank()) {
      if (!dialogues.edits(member, kommun)) {
        throw new AccessDeniedException("not the staff of " + kommun);
      }
      return kommun;
    }
    return mine(member).stream().findFirst().map(MunicipalityView::code)
        .orElseThrow(() -> new AccessDeniedException("enters no kommun's dialogues"));
  }

  private List<MunicipalityView> mine(Member member) {
    return municipalities.all().stream().filter(m -> dialogues.edits(member, m.code())).toList();
  }

  private String listPage(String code, DialogueForm form, Model model) {
    Member member = CurrentMember.require();
    model.addAttribute("kommun", code);
    model.addAttribute("kommuner", mine(member));
    model.addAttribute("dialogues", dialogues.forStaff(member, code));
    model.addAttribute("kinds", DialogueKind.values());
    model.addAttribute("parties", List.of("MUNICIPALITY", "POLICE", "JOINT"));
    model.addAttribute("form", form);
    return "dialogue/admin-list";
  }

  private String dialoguePage(DialogueView d, EntryForm form, String summary, Model model) {
    model.addAttribute("d", d);
    model.addAttribute("kommunName", municipalities.find(d.municipalityCode()).map(MunicipalityView::name)
        .orElse(d.municipalityCode()));
    model.addAttribute("categories", categories.all());
    model.addAttribute("places", places.in(d.municipalityCode()));
    model.addAttribute("form", form);
    model.addAttribute("summary", summary != null ? summary : d.summary() == null ? "" : d.summary());
    List<DialogueView.EntryView> awaiting = new ArrayList<>();
    d.entries().stream().filter(e -> "AWAITING_MODERATION".equals(e.moderation())).forEach(awaiting::add);
    model.addAttribute("awaiting", awaiting);
    return "dialogue/admin-dialogue";
  }

  private static DialogueKind parseKind(String kind, FieldErrors errors) {
    try {
      return kind == null ? null : DialogueKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      errors.add("kind", "must be MEETING, SAFETY_WALK or ONLINE");
      return null;
    }
  }

  private static LocalDate parseDate(String date, FieldErrors errors) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      errors.add("date", "is not a date (YYYY-MM-DD): " + date);
      return null;
    }
  }

  private static Integer parseInt(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(field, "is not a whole number: " + value);
      return null;
    }
  }

  private static Long parseLong(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(field, "is not a number: " + value);
      return null;
    }
  }

  private static void putCount(Map<String, Integer> counts, String key, String value, String field,
      FieldErrors errors) {
    Integer n = parseInt(value, field, errors);
    if (n != null) {
      counts.put(key, n);
    }
  }

  /** Accepts a decimal comma, as Swedish keyboards type it. */
  private static Double parseDouble(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(field, "is not a number: " + value);
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
