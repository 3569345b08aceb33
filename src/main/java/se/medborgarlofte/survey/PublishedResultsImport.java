package se.medborgarlofte.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * Imports a kommun's published survey results for years where only the contractor's report exists. The file is
 * read whole and checked line by line first; one bad line and nothing is stored, with every problem named by line,
 * column, value and reason. The source's own figures are kept as they were published, beside our measures.
 *
 * <p>Layout: a header {@code year;area;item;published_index;published_share;n} (',' also works as separator;
 * {@code area} ALL for the whole kommun), decimals with a point or a comma, UTF-8 or Windows-1252 (as Swedish
 * spreadsheets save it).
 */
@Service
public class PublishedResultsImport {

  static final List<String> COLUMNS = List.of("year", "area", "item", "published_index", "published_share", "n");
  static final java.util.regex.Pattern AREA = java.util.regex.Pattern.compile("^[\\p{L}0-9_ -]{1,40}$");

  record Line(int year, String area, String item, Double index, Double share, Integer n) {}

  public record Result(long importId, int rows) {}

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final SurveyTemplates templates;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  PublishedResultsImport(JdbcClient jdbc, Municipalities municipalities, SurveyTemplates templates,
      AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.municipalities = municipalities;
    this.templates = templates;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public Result importFile(Member by, String municipalityCode, String fileName, InputStream body) throws IOException {
    if (!municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    SurveyPermissions.requireEdit(by, municipalityCode);
    return store(by.getUsername(), municipalityCode, fileName, parse(body.readAllBytes()), false);
  }

  /** Demo years: invented, so marked as examples wherever they show. */
  @Transactional
  public Result importExamples(String municipalityCode, String fileName, byte[] file) {
    return store("system", municipalityCode, fileName, parse(file), true);
  }

  private Result store(String by, String municipalityCode, String fileName, List<Line> lines, boolean example) {
    long id = jdbc.sql("""
        insert into survey_import (municipality_code, imported_by, file_name, rows, example)
        values (?, ?, ?, ?, ?) returning id""").params(municipalityCode, by, fileName, lines.size(), example)
        .query(Long.class).single();
    for (Line l : lines) {
      jdbc.sql("""
          insert into survey_published_result (import_id, municipality_code, year, area_code, item_code,
                                               published_index, published_share, n)
          values (?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (municipality_code, year, area_code, item_code) do update set import_id = excluded.import_id,
            published_index = excluded.published_index, published_share = excluded.published_share, n = excluded.n""")
          .params(id, municipalityCode, l.year(), l.area(), l.item(), l.index(), l.share(), l.n()).update();
    }
    audit.record("SURVEY_RESULTS_IMPORTED", "SurveyImport", id, null,
        Map.of("municipalityCode", municipalityCode, "rows", lines.size(), "file", String.valueOf(fileName)));
    events.publishEvent(new PublicContentChanged("survey results imported for " + municipalityCode));
    return new Result(id, lines.size());
  }

  /** Every line checked; throws {@link SurveyFileRejected} with all problems, or returns the lines. */
  List<Line> parse(byte[] file) {
    List<ImportProblem> problems = new ArrayList<>();
    String text = SurveyCsv.decode(file);
    if (text.isBlank()) {
      throw new SurveyFileRejected(List.of(new ImportProblem(1, "header", "", "the file is empty: expected a header "
          + String.join(";", COLUMNS) + " and one line per result")));
    }
    String header = text.lines().findFirst().orElse("");
    char separator = SurveyCsv.separator(header);
    List<String> columns = List.of(header.toLowerCase(Locale.ROOT).strip().split(String.valueOf(separator), -1))
        .stream().map(String::strip).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty()) {
      String found = header.length() > 80 ? header.substring(0, 80) + "…" : header;
      throw new SurveyFileRejected(List.of(new ImportProblem(1, "header", found, "missing column(s) "
          + String.join(", ", missing) + ": the header must name " + String.join(";", COLUMNS)
          + ", separated by ';' or ','")));
    }
    Set<String> items = new HashSet<>();
    templates.all().forEach(t -> t.items().forEach(i -> items.add(i.code())));
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true).get();
    try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord r : parser) {
        int line = (int) r.getRecordNumber() + 1;
        if (r.size() != columns.size()) {
          problems.add(new ImportProblem(line, "line", String.join(String.valueOf(separator), r.values()),
              "has " + r.size() + " fields, the header " + columns.size()));
          continue;
        }
        int before = problems.size();
        Integer year = whole(r.get("year"), line, "year", problems);
        if (year != null && (year < 1990 || year > 2100)) {
          problems.add(new ImportProblem(line, "year", r.get("year"), "must be a year between 1990 and 2100"));
        }
        String area = r.get("area").isEmpty() ? RoundResults.ALL : r.get("area");
        if (!AREA.matcher(area).matches()) {
          problems.add(new ImportProblem(line, "area", area, "must be ALL or an area of 1–40 letters, digits, "
              + "spaces, '_' or '-'"));
        }
        String item = r.get("item");
        if (!items.contains(item)) {
          problems.add(new ImportProblem(line, "item", item, "no survey item has this code"));
        }
        Double index = decimal(r.get("published_index"), line, "published_index", problems);
        Double share = decimal(r.get("published_share"), line, "published_share", problems);
        if (share != null && (share < 0 || share > 1)) {
          problems.add(new ImportProblem(line, "published_share", r.get("published_share"),
              "must be a share between 0 and 1 (0,25 for 25 %)"));
        }
        if (index == null && share == null && problems.size() == before) {
          problems.add(new ImportProblem(line, "published_index", "", "give a published index or a share"));
        }
        Integer n = whole(r.get("n"), line, "n", problems);
        if (n != null && n < 0) {
          problems.add(new ImportProblem(line, "n", r.get("n"), "must not be negative"));
        }
        if (problems.size() == before && !seen.add(year + "|" + area + "|" + item)) {
          problems.add(new ImportProblem(line, "item", item, "the same year, area and item twice in the file"));
        }
        if (problems.size() == before) {
          lines.add(new Line(year, area, item, index, share, n));
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      problems.add(new ImportProblem(problems.isEmpty() ? 1 : problems.get(problems.size() - 1).line(), "file", "",
          "cannot be read as CSV: " + e.getMessage()));
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(2, "line", "", "the file has a header but no results"));
    }
    if (!problems.isEmpty()) {
      throw new SurveyFileRejected(problems);
    }
    return lines;
  }

  private static Integer whole(String text, int line, String field, List<ImportProblem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.parseInt(text.replace(" ", "").replace("\u00a0", ""));
    } catch (NumberFormatException e) {
      problems.add(new ImportProblem(line, field, text, "not a whole number"));
      return null;
    }
  }

  private static Double decimal(String text, int line, String field, List<ImportProblem> problems) {
    if (text.isEmpty() || text.equals("..")) {
      return null;
    }
    try {
      double d = Double.parseDouble(text.replace(',', '.').replace(" ", ""));
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(new ImportProblem(line, field, text, "not a number (write 1,66 or 1.66)"));
      return null;
    }
  }
}
