package se.medborgarlofte.organisation.web;

import java.io.IOException;
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
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;

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
      @RequestParam(required = false) String policeDistrict, Model model, RedirectAttributes redirect) {
    try {
      long id = areas.create(name, policeRegion, policeDistrict);
      redirect.addFlashAttribute("flashKey", "lpos.created");
      return "redirect:/admin/lokalpolisomraden/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (ConflictException e) {
      model.addAttribute("problems", java.util.List.of(se.medborgarlofte.shared.FieldProblem.of("name", e.getMessage())));
    }
    return list(model);
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
      @RequestParam(required = false) String validTo, Model model, RedirectAttributes redirect) {
    try {
      areas.update(id, name, policeRegion, policeDistrict, FormValues.date("validFrom", validFrom),
          FormValues.date("validTo", validTo));
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return show(id, model);
    } catch (ConflictException e) {
      model.addAttribute("problems", java.util.List.of(se.medborgarlofte.shared.FieldProblem.of("name", e.getMessage())));
      return show(id, model);
    }
    redirect.addFlashAttribute("flashKey", "lpos.saved");
    return "redirect:/admin/lokalpolisomraden/" + id;
  }

  @PostMapping("/admin/lokalpolisomraden/{id}/avsluta")
  String end(@PathVariable long id, @RequestParam(required = false) String lastDay, Model model,
      RedirectAttributes redirect) {
    try {
      areas.end(id, FormValues.date("lastDay", lastDay));
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return show(id, model);
    }
    redirect.addFlashAttribute("flashKey", "lpos.ended");
    return "redirect:/admin/lokalpolisomraden/" + id;
  }

  @PostMapping("/admin/lokalpolisomraden/{id}/kommuner")
  String link(@PathVariable long id, @RequestParam(required = false) String municipalityCode,
      @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
      @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
    try {
      areas.link(id, municipalityCode, FormValues.date("validFrom", validFrom), FormValues.date("validTo", validTo),
          note);
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return show(id, model);
    }
    redirect.addFlashAttribute("flashKey", "lpos.linked");
    return "redirect:/admin/lokalpolisomraden/" + id;
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
