package se.medborgarlofte.crimestats.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.crimestats.CrimeStatistics;
import se.medborgarlofte.crimestats.CrimeStatisticsImport;
import se.medborgarlofte.crimestats.CrimeStatisticsImportQueue;
import se.medborgarlofte.crimestats.CrimeType;
import se.medborgarlofte.crimestats.CrimeTypes;
import se.medborgarlofte.crimestats.ImportView;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * Admin pages of crime statistics: upload a file and follow its import, the import history, and the crime types
 * with their mapping to the problem taxonomy. Admins only (the services check it too).
 */
@Controller
class CrimeStatisticsAdminController {

  static final String PAGE = "/admin/brottsstatistik";

  /** Long enough for a typical file to be done when the import page first shows; longer ones show progress. */
  private static final Duration WAIT = Duration.ofSeconds(2);

  private final CrimeStatisticsImportQueue queue;
  private final CrimeStatistics statistics;
  private final CrimeTypes crimeTypes;
  private final ProblemCategories categories;

  CrimeStatisticsAdminController(CrimeStatisticsImportQueue queue, CrimeStatistics statistics,
      CrimeTypes crimeTypes, ProblemCategories categories) {
    this.queue = queue;
    this.statistics = statistics;
    this.crimeTypes = crimeTypes;
    this.categories = categories;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    CrimeStatisticsImport.requireMayImport(CurrentMember.require());
    model.addAttribute("imports", statistics.latestImports(50));
    model.addAttribute("crimeTypes", crimeTypes.all());
    model.addAttribute("categories", categories.all());
    if (!model.containsAttribute("newType")) {
      model.addAttribute("newType", new CrimeType("", "", "", "", "", ""));
    }
    return "crimestats/admin";
  }

  @PostMapping(PAGE + "/import")
  String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
      throws IOException {
    Member member = CurrentMember.require();
    CrimeStatisticsImport.requireMayImport(member);
    if (file == null || file.isEmpty()) {
      response.setStatus(422);
      model.addAttribute("problems", InvalidInputException.of("file", "choose a CSV file").problems());
      return page(model);
    }
    Path spooled = queue.spool(file.getInputStream());
    // Done, rejected (recorded FAILED with its errors) or still running: the import's page shows which.
    long id = queue.submit(member, file.getOriginalFilename(), spooled, WAIT).importId();
    return "redirect:" + PAGE + "/importer/" + id;
  }

  @GetMapping(PAGE + "/importer/{id}")
  String importPage(@PathVariable long id, Model model) {
    CrimeStatisticsImport.requireMayImport(CurrentMember.require());
    ImportView view = statistics.importById(id).orElseThrow(() -> new NotFoundException("no import " + id));
    if (view.running() && view.bytes() != null) {
      view = view.withProgress(queue.progress(id, view.bytes()).map(p -> p.percent()).orElse(null));
    }
    model.addAttribute("imp", view);
    return "crimestats/import";
  }

  @PostMapping(PAGE + "/brottstyper")
  String addType(@RequestParam(required = false) String code, @RequestParam(required = false) String nameSv,
      @RequestParam(required = false) String nameEn, @RequestParam(required = false) String braCode,
      @RequestParam(required = false) String parent, @RequestParam(required = false) String problemCategory,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    CrimeType type = new CrimeType(code, nameSv, nameEn, blankToNull(braCode), blankToNull(parent),
        problemCategory);
    return FormPage.submit(model, response, "code", () -> {
      model.addAttribute("newType", type);
      return page(model);
    }, () -> {
      crimeTypes.add(CurrentMember.require(), type);
      redirect.addFlashAttribute("flashKey", "crimestats.admin.typeAdded");
      return "redirect:" + PAGE + "#brottstyper";
    });
  }

  @PostMapping(PAGE + "/brottstyper/{code}")
  String remap(@PathVariable String code, @RequestParam(required = false) String problemCategory, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> page(model), () -> {
      crimeTypes.remap(CurrentMember.require(), code, problemCategory);
      redirect.addFlashAttribute("flashKey", "crimestats.admin.typeMapped");
      return "redirect:" + PAGE + "#brottstyper";
    });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
