package se.medborgarlofte.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.survey.AnswerImportQueue;
import se.medborgarlofte.survey.AnswerImportView;
import se.medborgarlofte.survey.AnswerMapping;
import se.medborgarlofte.survey.AnswerMappings;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplates;

/**
 * The workspace's import of an earlier round's answers, without JavaScript: the first step uploads the file and
 * either names a saved mapping (the import starts) or shows a mapping form with one row per column of the file's
 * header; the second step posts that form. The import's own page follows it to its end.
 */
@Controller
class AnswerImportAdminController {

  static final String PAGE = "/admin/enkater/{id}/svar";
  /** Long enough for a typical file to be done when its page first shows; longer ones show their progress. */
  private static final Duration WAIT = Duration.ofSeconds(2);
  static final String AREA = "__AREA__";

  private final AnswerImportQueue queue;
  private final AnswerMappings mappings;
  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final SurveyAdminController roundPage;

  AnswerImportAdminController(AnswerImportQueue queue, AnswerMappings mappings, SurveyRounds rounds,
      SurveyTemplates templates, SurveyAdminController roundPage) {
    this.roundPage = roundPage;
    this.queue = queue;
    this.mappings = mappings;
    this.rounds = rounds;
    this.templates = templates;
  }

  /** One row of the mapping form: a column of the file and what it was mapped to. */
  record ColumnRow(int index, String column, String target, String values) {}

  /** Step 1: the file, and a saved mapping or none. */
  @PostMapping(PAGE)
  String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String mappingName, Model model, HttpServletResponse response)
      throws IOException {
    Member member = CurrentMember.require();
    SurveyRound round = rounds.get(id);
    try {
      if (file == null || file.isEmpty()) {
        throw InvalidInputException.of("file", "choose the CSV file of the earlier round's answers");
      }
      if (mappingName != null && !mappingName.isBlank()) {
        AnswerMapping mapping = queue.mappingFor(member, id, mappingName, null, null);
        Path spooled = queue.spool(file.getInputStream());
        return start(member, id, mapping, mappingName, file.getOriginalFilename(), spooled);
      }
      queue.mappingFor(member, id, null, null, null);
    } catch (InvalidInputException e) {
      if (!"mapping".equals(e.problems().get(0).field())) {
        response.setStatus(422);
        model.addAttribute("problems", e.problems());
        return roundPage.round(id, model);
      }
      // No mapping named and none given: that is the way to the mapping form.
    }
    Path spooled = queue.spool(file.getInputStream());
    List<String> header = queue.header(spooled);
    if (header.isEmpty()) {
      Files.deleteIfExists(spooled);
      response.setStatus(422);
      model.addAttribute("problems", List.of(new FieldProblem(1, "file", "", "the file is empty: expected a header "
          + "naming its columns and one line per respondent")));
      return roundPage.round(id, model);
    }
    List<ColumnRow> rows = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      rows.add(new ColumnRow(i, header.get(i), "", ""));
    }
    return mappingForm(model, round, spooled.getFileName().toString(), file.getOriginalFilename(), rows, "", "");
  }

  /** Step 2: the mapping as filled in, one row per column of the file. */
  @PostMapping(PAGE + "/mappning")
  String map(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response) {
    Member member = CurrentMember.require();
    SurveyRound round = rounds.get(id);
    List<ColumnRow> rows = new ArrayList<>();
    for (int i = 0; form.containsKey("column[" + i + "]"); i++) {
      rows.add(new ColumnRow(i, form.get("column[" + i + "]"), form.getOrDefault("target[" + i + "]", ""),
          form.getOrDefault("values[" + i + "]", "")));
    }
    String dontKnow = form.getOrDefault("dontKnow", "");
    String saveAs = form.getOrDefault("saveAs", "");
    String upload = form.get("upload");
    try {
      Path spooled = queue.spooled(upload);
      String areaColumn = null;
      Integer areaRow = null;
      List<AnswerMapping.Column> columns = new ArrayList<>();
      List<Integer> rowOfColumn = new ArrayList<>();
      List<FieldProblem> problems = new ArrayList<>();
      for (ColumnRow r : rows) {
        if (AREA.equals(r.target())) {
          areaColumn = r.column();
          areaRow = r.index();
        } else if (!r.target().isBlank()) {
          columns.add(new AnswerMapping.Column(r.column(), r.target(), values(r, problems), List.of()));
          rowOfColumn.add(r.index());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      AnswerMapping mapping = new AnswerMapping(areaColumn, cells(dontKnow), columns);
      Integer area = areaRow;
      try {
        queue.mappingFor(member, id, null, mapping, saveAs);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().stream().map(p -> toForm(p, rowOfColumn, area)).toList());
      }
      return start(member, id, mapping, saveAs.isBlank() ? null : saveAs.strip(), form.get("fileName"), spooled);
    } catch (InvalidInputException e) {
      response.setStatus(422);
      model.addAttribute("problems", e.problems());
      return mappingForm(model, round, upload, form.get("fileName"), rows, dontKnow, saveAs);
    }
  }

  @GetMapping(PAGE + "/importer/{importId}")
  String importPage(@PathVariable long id, @PathVariable long importId, Model model) {
    AnswerImportView view = queue.view(CurrentMember.require(), importId);
    if (view.surveyId() != id) {
      throw new NotFoundException("survey " + id + " has no answer import " + importId);
    }
    model.addAttribute("imp", view);
    model.addAttribute("round", rounds.get(id));
    return "survey/admin-answer-import";
  }

  private String start(Member member, long id, AnswerMapping mapping, String mappingName, String fileName,
      Path spooled) {
    long importId = queue.submit(member, id, mapping, mappingName, fileName, spooled, WAIT).importId();
    return "redirect:/admin/enkater/" + id + "/svar/importer/" + importId;
  }

  private String mappingForm(Model model, SurveyRound round, String upload, String fileName, List<ColumnRow> rows,
      String dontKnow, String saveAs) {
    model.addAttribute("round", round);
    model.addAttribute("template", templates.get(round.templateId()));
    model.addAttribute("upload", upload);
    model.addAttribute("fileName", fileName);
    model.addAttribute("rows", rows);
    model.addAttribute("dontKnow", dontKnow);
    model.addAttribute("saveAs", saveAs);
    model.addAttribute("area", AREA);
    return "survey/admin-answer-mapping";
  }

  private static final Pattern COLUMN_FIELD = Pattern.compile("^columns\\[(\\d+)]\\.(\\w+)(.*)$");

  /** A problem of the mapping, moved to the form's field of the row it came from. */
  private static FieldProblem toForm(FieldProblem p, List<Integer> rowOfColumn, Integer areaRow) {
    Matcher m = p.field() == null ? null : COLUMN_FIELD.matcher(p.field());
    if (m != null && m.matches()) {
      int row = rowOfColumn.get(Integer.parseInt(m.group(1)));
      String field = "values".equals(m.group(2)) ? "values[" + row + "]" : "target[" + row + "]";
      return new FieldProblem(null, field, p.value(), p.message());
    }
    if ("areaColumn".equals(p.field()) && areaRow != null) {
      return new FieldProblem(null, "target[" + areaRow + "]", p.value(), p.message());
    }
    if ("columns".equals(p.field())) {
      return new FieldProblem(null, "target[0]", p.value(), p.message());
    }
    return p;
  }

  /** {@code 4=BIG; 3=FAIRLY}: a cell, '=', an option code, separated by ';'. */
  private static Map<String, String> values(ColumnRow r, List<FieldProblem> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : r.values().split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        problems.add(new FieldProblem(null, "values[" + r.index() + "]", pair.strip(),
            "write cell=OPTION, separated by ';' (for example 4=BIG; 3=FAIRLY)"));
      } else {
        values.put(parts[0].strip(), parts[1].strip());
      }
    }
    return values;
  }

  private static List<String> cells(String list) {
    List<String> cells = new ArrayList<>();
    for (String c : list.split(";")) {
      if (!c.isBlank()) {
        cells.add(c.strip());
      }
    }
    return cells;
  }
}
