package se.medborgarlofte.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;
import se.medborgarlofte.shared.pdf.PdfDocuments;
import se.medborgarlofte.survey.PublishedResultsImport;
import se.medborgarlofte.survey.RoundRequest;
import se.medborgarlofte.survey.SurveyFileRejected;
import se.medborgarlofte.survey.SurveyPermissions;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplates;

/**
 * The workspace of a kommun's surveys: build a round, open and close it, print invitation codes (CSV and a PDF
 * letter sheet), watch the response count, and import the published results of earlier years.
 */
@Controller
class SurveyAdminController {

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final Municipalities municipalities;
  private final PublishedResultsImport importer;
  private final PdfDocuments pdf;
  private final MessageSource messages;
  private final se.medborgarlofte.shared.plugin.BaseUrl baseUrl;
  private final se.medborgarlofte.survey.AnswerImportQueue answerImports;
  private final se.medborgarlofte.survey.AnswerMappings answerMappings;

  SurveyAdminController(SurveyRounds rounds, SurveyTemplates templates, Municipalities municipalities,
      PublishedResultsImport importer, PdfDocuments pdf, MessageSource messages,
      se.medborgarlofte.shared.plugin.BaseUrl baseUrl, se.medborgarlofte.survey.AnswerImportQueue answerImports,
      se.medborgarlofte.survey.AnswerMappings answerMappings) {
    this.answerImports = answerImports;
    this.answerMappings = answerMappings;
    this.baseUrl = baseUrl;
    this.rounds = rounds;
    this.templates = templates;
    this.municipalities = municipalities;
    this.importer = importer;
    this.pdf = pdf;
    this.messages = messages;
  }

  /** The new-round form as typed; areas one per line as {@code code;name}. */
  record RoundForm(String templateId, String municipalityCode, String title, String opensOn, String closesOn,
      String mode, String minimumCellSize, String areas) {

    /** A new round starts from the shipped standard questionnaire. */
    static RoundForm empty(long standardTemplate) {
      return new RoundForm(String.valueOf(standardTemplate), "", "", "", "", "OPEN", "30", "");
    }
  }

  @GetMapping("/admin/enkater")
  String list(Model model) {
    return list(model, RoundForm.empty(templates.standard().id()));
  }

  private String list(Model model, RoundForm form) {
    Member member = CurrentMember.require();
    model.addAttribute("rounds", rounds.editableBy(member));
    model.addAttribute("templates", templates.all());
    model.addAttribute("managesTemplates", member.may(SurveyPermissions.MANAGE, Scope.ANYWHERE));
    model.addAttribute("form", form);
    Map<String, String> names = new java.util.HashMap<>();
    municipalities.all().forEach(m -> names.put(m.code(), m.name()));
    model.addAttribute("names", names);
    model.addAttribute("kommuner", municipalities.all().stream()
        .filter(m -> member.may(SurveyPermissions.EDIT, Scope.municipality(m.code()))).toList());
    return "survey/admin-list";
  }

  @PostMapping("/admin/enkater")
  String create(RoundForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, "title", () -> list(model, form), () -> {
      FormFields fields = new FormFields();
      Long templateId = fields.id("templateId", form.templateId());
      LocalDate opens = fields.date("opensOn", form.opensOn());
      LocalDate closes = fields.date("closesOn", form.closesOn());
      Integer cell = fields.whole("minimumCellSize", form.minimumCellSize());
      fields.check();
      List<RoundRequest.Area> areas = new ArrayList<>();
      for (String line : (form.areas() == null ? "" : form.areas()).split("\\R")) {
        if (!line.isBlank()) {
          String[] parts = line.split(";", 2);
          areas.add(new RoundRequest.Area(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
        }
      }
      SurveyRound r = rounds.create(CurrentMember.require(), new RoundRequest(templateId, form.municipalityCode(),
          form.title(), opens, closes, form.mode(), areas, cell));
      redirect.addFlashAttribute("flashKey", "survey.admin.created");
      return "redirect:/admin/enkater/" + r.id();
    });
  }

  @GetMapping("/admin/enkater/{id}")
  String round(@PathVariable long id, Model model) {
    Member member = CurrentMember.require();
    SurveyRound round = rounds.get(id);
    if (!member.may(SurveyPermissions.READ, Scope.municipality(round.municipalityCode()))) {
      throw new org.springframework.security.access.AccessDeniedException("not one of your kommun's surveys");
    }
    model.addAttribute("round", round);
    model.addAttribute("municipality", municipalities.find(round.municipalityCode()).orElseThrow());
    model.addAttribute("responses", rounds.responseCount(id));
    boolean edits = member.may(SurveyPermissions.EDIT, Scope.municipality(round.municipalityCode()));
    model.addAttribute("edits", edits);
    model.addAttribute("batches", edits ? rounds.batches(member, id) : List.of());
    // Answers of an earlier year are imported into an empty draft; its import history stays on its page.
    model.addAttribute("answerImports", edits ? answerImports.of(member, id) : List.of());
    model.addAttribute("answerMappings", edits && round.status() == se.medborgarlofte.survey.RoundStatus.DRAFT
        ? answerMappings.list(member, round.municipalityCode()) : List.of());
    return "survey/admin-round";
  }

  @PostMapping("/admin/enkater/{id}/oppna")
  String open(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, null, () -> round(id, model), () -> {
      rounds.open(CurrentMember.require(), id);
      redirect.addFlashAttribute("flashKey", "survey.admin.opened");
      return "redirect:/admin/enkater/" + id;
    });
  }

  @PostMapping("/admin/enkater/{id}/stang")
  String close(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, null, () -> round(id, model), () -> {
      rounds.close(CurrentMember.require(), id);
      redirect.addFlashAttribute("flashKey", "survey.admin.closed");
      return "redirect:/admin/enkater/" + id;
    });
  }

  @PostMapping("/admin/enkater/{id}/koder")
  String invite(@PathVariable long id, @RequestParam(required = false) String count, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, "count", () -> round(id, model), () -> {
      FormFields fields = new FormFields();
      Integer n = fields.whole("count", count);
      fields.check();
      rounds.invite(CurrentMember.require(), id, n == null ? 0 : n);
      redirect.addFlashAttribute("flashKey", "survey.admin.invited");
      return "redirect:/admin/enkater/" + id;
    });
  }

  @GetMapping("/admin/enkater/{id}/koder/{batch}.csv")
  ResponseEntity<byte[]> codesCsv(@PathVariable long id, @PathVariable int batch) {
    List<String> codes = rounds.batch(CurrentMember.require(), id, batch);
    StringBuilder csv = new StringBuilder("\uFEFFcode;url\r\n");
    codes.forEach(c -> csv.append(c).append(";/enkater/").append(id).append("\r\n"));
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("koder-" + id + "-" + batch + ".csv").build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One letter per code, for the postal survey: the address of the form and the code, in large type. */
  @GetMapping("/admin/enkater/{id}/koder/{batch}.pdf")
  ResponseEntity<byte[]> letters(@PathVariable long id, @PathVariable int batch, Locale locale) {
    List<String> codes = rounds.batch(CurrentMember.require(), id, batch);
    SurveyRound round = rounds.get(id);
    String title = messages.getMessage("survey.letter.title", new Object[] {round.title()}, locale);
    byte[] body = pdf.render("survey/letters", Map.of("round", round, "codes", codes,
        "municipality", municipalities.find(round.municipalityCode()).orElseThrow(),
        "formUrl", baseUrl.of("/enkater/" + id)), locale, title);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("brev-" + id + "-" + batch + ".pdf").build().toString())
        .body(body);
  }

  /** Published results of earlier years for one kommun; all or nothing, every bad line listed. */
  @PostMapping("/admin/enkater/import")
  String importResults(@RequestParam(required = false) String municipalityCode,
      @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (file == null || file.isEmpty()) {
        throw se.medborgarlofte.shared.InvalidInputException.of("file", messages.getMessage(
            "survey.admin.noFile", null, Locale.getDefault()));
      }
      var result = importer.importFile(CurrentMember.require(), municipalityCode, file.getOriginalFilename(),
          file.getInputStream());
      redirect.addFlashAttribute("flashKey", "survey.admin.imported");
      redirect.addFlashAttribute("importedRows", result.rows());
      return "redirect:/admin/enkater";
    } catch (SurveyFileRejected e) {
      response.setStatus(422);
      model.addAttribute("problems", e.errors().stream()
          .map(p -> new FieldProblem(p.line(), "file", p.field() + " (" + p.value() + "): " + p.message()))
          .toList());
      model.addAttribute("errorCount", e.errorCount());
    } catch (se.medborgarlofte.shared.InvalidInputException e) {
      response.setStatus(422);
      model.addAttribute("problems", e.problems());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return list(model, RoundForm.empty(templates.standard().id()));
  }
}
