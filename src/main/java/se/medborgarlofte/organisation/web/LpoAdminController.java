package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.LpoImport;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;

/** Admin pages for LPOs: add, edit, end, link to kommuner with dates, and import from CSV (ADMIN only). */
@Controller
class LpoAdminController {

  private final LocalPoliceAreas areas;
  private final Municipalities municipalities;
  private final LpoImport importer;

  LpoAdminController(LocalPoliceAreas areas, Municipalities municipalities, LpoImport importer) {
    this.areas = areas;
    this.municipalities = municipalities;
    this.importer = importer;
  }

  @GetMapping("/admin/lokalpolisomraden")
  String list(Model model) {
    model.addAttribute("areas", areas.all());
    model.addAttribute("regions", municipalities.policeRegions());
    return "organisation/lpos";
  }

  @PostMapping("/admin/lokalpolisomraden")
  String create(@RequestParam String name, @RequestParam String policeRegion,
      @RequestParam(required = false) String policeDistrict, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, "name", () -> list(model), () -> {
      long id = areas.create(name, policeRegion, policeDistrict);
      redirect.addFlashAttribute("flashKey", "lpos.created");
      return "redirect:/admin/lokalpolisomraden/" + id;
    });
  }

  @GetMapping("/admin/lokalpolisomraden/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("area", areas.get(id));
    model.addAttribute("regions", municipalities.policeRegions());
    model.addAttribute("municipalities", municipalities.all());
    return "organisation/lpo";
  }

  @PostMapping("/admin/lokalpolisomraden/{id}")
  String update(@PathVariable long id, @RequestParam String name, @RequestParam String policeRegion,
      @RequestParam(required = false) String policeDistrict, @RequestParam(required = false) String validFrom,
      @RequestParam(required = false) String validTo, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, "name", () -> show(id, model), () -> {
      FormFields fields = new FormFields();
      LocalDate from = fields.date("validFrom", validFrom);
      LocalDate to = fields.date("validTo", validTo);
      fields.check();
      areas.update(id, name, policeRegion, policeDistrict, from, to);
      redirect.addFlashAttribute("flashKey", "lpos.saved");
      return "redirect:/admin/lokalpolisomraden/" + id;
    });
  }

  @PostMapping("/admin/lokalpolisomraden/{id}/avsluta")
  String end(@PathVariable long id, @RequestParam(required = false) String lastDay, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      FormFields fields = new FormFields();
      LocalDate day = fields.date("lastDay", lastDay);
      fields.check();
      areas.end(id, day);
      redirect.addFlashAttribute("flashKey", "lpos.ended");
      return "redirect:/admin/lokalpolisomraden/" + id;
    });
  }

  @PostMapping("/admin/lokalpolisomraden/{id}/kommuner")
  String link(@PathVariable long id, @RequestParam(required = false) String municipalityCode,
      @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
      @RequestParam(required = false) String note, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      FormFields fields = new FormFields();
      LocalDate from = fields.date("validFrom", validFrom);
      LocalDate to = fields.date("validTo", validTo);
      fields.check();
      areas.link(id, municipalityCode, from, to, note);
      redirect.addFlashAttribute("flashKey", "lpos.linked");
      return "redirect:/admin/lokalpolisomraden/" + id;
    });
  }

  @PostMapping("/admin/lokalpolisomraden/{id}/kommuner/{code}/ta-bort")
  String unlink(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
    areas.unlink(id, code);
    redirect.addFlashAttribute("flashKey", "lpos.unlinked");
    return "redirect:/admin/lokalpolisomraden/" + id;
  }

  @PostMapping("/admin/lokalpolisomraden/import")
  String importCsv(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw InvalidInputException.of("file", "choose a CSV file");
      }
      LpoImport.Result result = importer.importCsv(file.getBytes());
      redirect.addFlashAttribute("flashKey", "lpos.imported");
      redirect.addFlashAttribute("importResult", result);
      return "redirect:/admin/lokalpolisomraden";
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return list(model);
    }
  }
}
