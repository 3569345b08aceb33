package se.medborgarlofte.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.FieldProblem;

/**
 * Imports LPOs and their kommun links from CSV, all or nothing: every line is checked first, and one bad line
 * means nothing is changed and every problem is reported with its line and field.
 *
 * <p>Columns: {@code lpo_name,police_region,kommun_code,valid_from,valid_to,note} ({@code valid_to} and
 * {@code note} may be empty). UTF-8, comma-separated, one header row.
 */
@Service
public class LpoImport {

  static final List<String> REQUIRED = List.of("lpo_name", "police_region", "kommun_code", "valid_from");

  private final LocalPoliceAreas areas;
  private final Municipalities municipalities;

  LpoImport(LocalPoliceAreas areas, Municipalities municipalities) {
    this.areas = areas;
    this.municipalities = municipalities;
  }

  /** What an import did. */
  public record Result(int linesRead, int areasCreated, int linksSet) implements java.io.Serializable {}

  private record Line(int number, String name, String region, String code, LocalDate from, LocalDate to,
      String note) {}

  @Transactional
  public Result importCsv(byte[] content) {
    List<Line> lines = parse(content);
    int created = 0;
    for (Line line : lines) {
      Long id = areas.findId(line.region(), line.name()).orElse(null);
      if (id == null) {
        id = areas.create(line.name(), line.region(), null);
        created++;
      }
      areas.link(id, line.code(), line.from(), line.to(), line.note());
    }
    return new Result(lines.size(), created, lines.size());
  }

  List<Line> parse(byte[] content) {
    FieldErrors errors = new FieldErrors();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      errors.addAt(lineOfBadByte(content), "file", "is not UTF-8 (save it as UTF-8 and try again)").throwIfAny();
      return List.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      errors.addAt(1, "file", "is empty").throwIfAny();
    }
    List<Line> lines = new ArrayList<>();
    Set<String> regions = Set.copyOf(municipalities.policeRegions());
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
      for (String column : REQUIRED) {
        if (!parser.getHeaderMap().containsKey(column)) {
          errors.addAt(1, column, "missing column; the header must contain " + String.join(",", REQUIRED));
        }
      }
      errors.throwIfAny();
      for (CSVRecord r : parser) {
        int n = (int) r.getRecordNumber() + 1;
        if (!r.isConsistent()) {
          errors.addAt(n, "line", "has " + r.size() + " values, the header has " + parser.getHeaderMap().size());
          continue;
        }
        boolean binary = false;
        for (String column : parser.getHeaderNames()) {
          if (FieldProblem.hasControlCharacter(r.get(column))) {
            errors.addAt(n, column, FieldProblem.CONTROL_CHARACTER);
            binary = true;
          }
        }
        if (binary) {
          continue;
        }
        String name = r.get("lpo_name");
        String region = r.get("police_region");
        String code = r.get("kommun_code");
        if (name.isBlank() || name.length() > 120) {
          errors.addAt(n, "lpo_name", "must be 1–120 characters");
        }
        if (!regions.contains(region)) {
          errors.addAt(n, "police_region", "unknown police region '" + region + "'");
        }
        if (!municipalities.exists(code)) {
          errors.addAt(n, "kommun_code", "unknown kommun code '" + code + "'");
        }
        LocalDate from = date(r, "valid_from", n, errors, true);
        LocalDate to = date(r, "valid_to", n, errors, false);
        if (from != null && to != null && to.isBefore(from)) {
          errors.addAt(n, "valid_to", "is before valid_from");
        }
        String note = r.isMapped("note") ? r.get("note") : null;
        lines.add(new Line(n, name, region, code, from, to, note));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      errors.addAt(0, "file", "is not valid CSV: " + e.getMessage());
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      errors.addAt(2, "file", "has no data lines");
    }
    errors.throwIfAny();
    return lines;
  }

  private static LocalDate date(CSVRecord r, String column, int line, FieldErrors errors, boolean required) {
    String value = r.isMapped(column) ? r.get(column) : "";
    if (value.isBlank()) {
      if (required) {
        errors.addAt(line, column, "is required (YYYY-MM-DD)");
      }
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.addAt(line, column, "'" + value + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static int lineOfBadByte(byte[] content) {
    int line = 1;
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        try {
          decoder.decode(ByteBuffer.wrap(content, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
