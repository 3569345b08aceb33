package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.reports.EstReports;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;

/** EST in admin: the weekly report form (a checklist of counts at a place) and the weekly situation view. */
@Controller
class EstController {

  private final EstReports est;
  private final Municipalities municipalities;
  private final Places places;

  EstController(EstReports est, Municipalities municipalities, Places places) {
    this.est = est;
    this.municipalities = municipalities;
    this.places = places;
  }

  @GetMapping("/admin/est")
  String form(@RequestParam(required = false) String kommun, Model model) {
    MunicipalityView m = kommun(kommun);
    if (!est.files(CurrentMember.require(), m.code())) {
      throw new org.springframework.security.access.AccessDeniedException("not an EST reporter of " + m.code());
    }
    return page(m, Map.of(), null, null, model);
  }

  @PostMapping("/admin/est")
  String file(@RequestParam String kommun, @RequestParam(required = false) String placeId,
      @RequestParam(required = false) String week, @RequestParam Map<String, String> all, Model model,
      HttpServletResponse response) {
    MunicipalityView m = kommun(kommun);
    Map<String, String> typed = new LinkedHashMap<>();
    EstReports.CHECKLIST.forEach(c -> typed.put(c, all.get("count." + c)));
    return FormPage.submit(model, response, "week", () -> page(m, typed, placeId, week, model), () -> {
      FormFields fields = new FormFields();
      Long place = fields.id("placeId", placeId);
      LocalDate day = fields.date("week", week);
      Map<String, Integer> counts = new LinkedHashMap<>();
      typed.forEach((c, v) -> {
        Integer n = fields.whole("counts." + c, v);
        if (n != null) {
          counts.put(c, n);
        }
      });
      fields.check();
      est.file(CurrentMember.require(), m.code(), place, day, counts);
      return "redirect:/admin/est/lagesbild?kommun=" + m.code() + "&vecka=" + EstReports.weekOf(day);
    });
  }

  @GetMapping("/admin/est/lagesbild")
  String situation(@RequestParam(required = false) String kommun, @RequestParam(required = false) String vecka,
      Model model) {
    MunicipalityView m = kommun(kommun);
    LocalDate week = EstReports.weekOf(vecka == null || vecka.isBlank() ? LocalDate.now() : parse(vecka));
    model.addAttribute("m", m);
    model.addAttribute("week", week);
    model.addAttribute("changes", est.situation(CurrentMember.require(), m.code(), week));
    return "reports/est-situation";
  }

  private String page(MunicipalityView m, Map<String, String> typed, String placeId, String week, Model model) {
    model.addAttribute("m", m);
    model.addAttribute("places", places.in(m.code()));
    model.addAttribute("checklist", EstReports.CHECKLIST);
    model.addAttribute("typed", typed);
    model.addAttribute("placeId", placeId);
    model.addAttribute("week", week == null ? LocalDate.now().toString() : week);
    return "reports/est-form";
  }

  /** The kommun asked for, or the member's own (the first, for someone working for several). */
  private MunicipalityView kommun(String code) {
    Member member = CurrentMember.require();
    String chosen = code != null && !code.isBlank() ? code
        : member.municipalityCodes().stream().sorted().findFirst().orElse("1278");
    return municipalities.find(chosen).orElseThrow(() -> new NotFoundException("no municipality " + chosen));
  }

  private static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw se.medborgarlofte.shared.InvalidInputException.of("vecka", "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
