package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.reports.ModerationItem;
import se.medborgarlofte.reports.PlaceReportQueries;
import se.medborgarlofte.reports.PlaceReports;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormPage;

/** The moderation queue in admin: publish, edit out personal data, reject with a reason, open and close. */
@Controller
class ModerationController {

  private final PlaceReports reports;
  private final PlaceReportQueries queries;
  private final ReportCategories categories;
  private final Municipalities municipalities;

  ModerationController(PlaceReports reports, PlaceReportQueries queries, ReportCategories categories,
      Municipalities municipalities) {
    this.reports = reports;
    this.queries = queries;
    this.categories = categories;
    this.municipalities = municipalities;
  }

  @GetMapping("/admin/rapporter")
  String queue(Model model) {
    Member member = CurrentMember.require();
    List<String> codes = member.isAdmin() ? null : municipalities.all().stream().map(MunicipalityView::code)
        .filter(code -> reports.moderates(member, code)).toList();
    if (codes != null && codes.isEmpty()) {
      throw new AccessDeniedException("moderates no kommun");
    }
    model.addAttribute("items", queries.awaiting(codes, 200));
    model.addAttribute("names", names());
    return "reports/admin-queue";
  }

  @GetMapping("/admin/rapporter/{id}")
  String report(@PathVariable long id, Model model) {
    ModerationItem item = item(id);
    return page(item, model);
  }

  @PostMapping("/admin/rapporter/{id}/moderering")
  String moderate(@PathVariable long id, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String editedDescription,
      Model model, HttpServletResponse response) {
    ModerationItem item = item(id);
    return FormPage.submit(model, response, "decision", () -> page(item, model), () -> {
      reports.moderate(CurrentMember.require(), id, decision, reason, editedDescription);
      return "redirect:/admin/rapporter?klar=" + id;
    });
  }

  @PostMapping("/admin/rapporter/{id}/status")
  String status(@PathVariable long id, @RequestParam(required = false) String status,
      @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
    ModerationItem item = item(id);
    return FormPage.submit(model, response, "status", () -> page(item, model), () -> {
      reports.changeStatus(CurrentMember.require(), id, status, note);
      return "redirect:/admin/rapporter/" + id;
    });
  }

  private ModerationItem item(long id) {
    ModerationItem item = queries.forModerator(id).orElseThrow(() -> new NotFoundException("no place report " + id));
    if (!reports.moderates(CurrentMember.require(), item.municipalityCode())) {
      throw new AccessDeniedException("not a moderator of " + item.municipalityCode());
    }
    return item;
  }

  private String page(ModerationItem item, Model model) {
    model.addAttribute("r", item);
    model.addAttribute("kommun", municipalities.find(item.municipalityCode()).map(MunicipalityView::name)
        .orElse(item.municipalityCode()));
    model.addAttribute("category", categories.find(item.category()).map(c -> c.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
        .orElse(item.category()));
    return "reports/admin-report";
  }

  private java.util.Map<String, String> names() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    municipalities.all().forEach(m -> names.put(m.code(), m.name()));
    return names;
  }
}
