package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.medborgarlofte.shared.FieldErrors;

/**
 * Reads an activity list as police systems export it: a header line, then one activity a line, separated by
 * {@code ,} or {@code ;} (whichever the header uses), fields in double quotes when they hold the separator. Known
 * columns are {@code commitment, type, date, party, place, lat, lon, hours, note}; every other column is a named
 * count ({@code vehiclesChecked}). A cell that cannot be read is named with its line and column, and nothing is
 * returned while any is wrong.
 */
public final class ActivityCsv {

  private static final Set<String> KNOWN =
      Set.of("commitment", "type", "date", "party", "place", "lat", "lon", "hours", "note");

  private ActivityCsv() {}

  /** The lines read, and the cells that could not be read (the service adds what is wrong with the rest). */
  public record Parsed(List<Activities.Line> lines, List<se.medborgarlofte.shared.FieldProblem> problems) {}

  /** UTF-8 (with or without BOM), or Windows-1252 as older police systems write it. */
  public static Parsed parse(byte[] content) {
    try {
      return parse(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return parse(new String(content, java.nio.charset.Charset.forName("windows-1252")));
    }
  }

  public static Parsed parse(String text) {
    FieldErrors errors = new FieldErrors();
    String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] rows = body.split("\r?\n", -1);
    if (rows.length == 0 || rows[0].isBlank()) {
      errors.addAt(1, null, "the file is empty: a header line is required");
      errors.throwIfAny();
    }
    char sep = rows[0].indexOf(';') >= 0 ? ';' : ',';
    List<String> header = cells(rows[0], sep).stream().map(h -> h.strip()).toList();
    for (String required : List.of("commitment", "type", "date", "party")) {
      if (header.stream().noneMatch(h -> h.equalsIgnoreCase(required))) {
        errors.addAt(1, required, "the header has no column " + required);
      }
    }
    errors.throwIfAny();
    List<Activities.Line> lines = new ArrayList<>();
    for (int i = 1; i < rows.length; i++) {
      if (rows[i].isBlank()) {
        continue;
      }
      int number = i + 1;
      List<String> cells = cells(rows[i], sep);
      if (cells.size() > header.size()) {
        errors.addAt(number, null, "more cells (" + cells.size() + ") than columns (" + header.size() + ")");
        continue;
      }
      Map<String, String> known = new LinkedHashMap<>();
      Map<String, BigDecimal> counts = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String name = header.get(c);
        String value = c < cells.size() ? cells.get(c).strip() : "";
        if (se.medborgarlofte.shared.FieldProblem.hasControlCharacter(value)) {
          errors.addAt(number, name, se.medborgarlofte.shared.FieldProblem.CONTROL_CHARACTER);
          continue;
        }
        if (KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
          known.put(name.toLowerCase(Locale.ROOT), value);
        } else if (!value.isEmpty()) {
          BigDecimal n = number(value, number, name, errors);
          if (n != null) {
            counts.put(name, n);
          }
        }
      }
      String commitment = known.getOrDefault("commitment", "");
      UUID commitmentId = null;
      try {
        commitmentId = commitment.isEmpty() ? null : UUID.fromString(commitment);
      } catch (IllegalArgumentException e) {
        // named by the service as "not a commitment id", beside the line's other problems
      }
      LocalDate date = null;
      String dateText = known.getOrDefault("date", "");
      if (!dateText.isEmpty()) {
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          errors.addAt(number, "date", "not a date (YYYY-MM-DD): " + dateText);
        }
      }
      ActivityInput input = new ActivityInput(known.get("type"), date, blankToNull(known.get("party")),
          blankToNull(known.get("place")), number(known.get("lat"), number, "lat", errors),
          number(known.get("lon"), number, "lon", errors), counts, number(known.get("hours"), number, "hours", errors),
          blankToNull(known.get("note")));
      lines.add(new Activities.Line(number, commitmentId, commitment, input));
    }
    return new Parsed(lines, errors.problems());
  }

  private static BigDecimal number(String value, int line, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.addAt(line, field, "not a number: " + value);
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** One line's cells; a quoted cell may hold the separator, and a doubled quote inside quotes is one quote. */
  static List<String> cells(String line, char sep) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == sep) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
