package se.medborgarlofte.crimestats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads the normalised figures layout ({@code status, period, area_code, crime_type, count, rate_per_100k}) as BRÅ's
 * and spreadsheets' exports really write it: {@code ,}, {@code ;} or tab between cells, a decimal comma and spaces
 * between thousands, {@code ..} or {@code -} for a missing value, Swedish headers ({@code Region}, {@code Brottstyp},
 * {@code År}, {@code Kvartal}, {@code Antal}, {@code Per 100 000 inv}) in any case. Other columns are ignored.
 *
 * <p>Streams: each good row goes to the sink as it is read, so a file of any size reads in flat memory. The caller
 * keeps the import all or nothing by discarding what the sink got when {@link Outcome#errors()} is not empty.
 */
final class CrimeFigureCsv {

  /** What the file may name: crime types by code or name, and areas. */
  interface Vocabulary {
    /** The crime type's code, for a code or a Swedish or English name in any case. */
    Optional<String> crimeType(String codeOrName);

    boolean knownArea(String areaCode);
  }

  /** How reading went: the number of good rows, and the first {@value #MAX_ERRORS} problems of all errorCount. */
  record Outcome(long rows, List<RowProblem> errors, int errorCount) {
    boolean ok() {
      return errorCount == 0;
    }
  }

  static final int MAX_ERRORS = 100;

  private enum Column { STATUS, PERIOD, YEAR, QUARTER, MONTH, AREA, CRIME_TYPE, COUNT, RATE }

  /** Headers folded to lower case without spaces, underscores or dots. */
  private static final Map<String, Column> HEADERS = Map.ofEntries(
      Map.entry("status", Column.STATUS),
      Map.entry("period", Column.PERIOD), Map.entry("perioder", Column.PERIOD),
      Map.entry("år", Column.YEAR), Map.entry("year", Column.YEAR),
      Map.entry("kvartal", Column.QUARTER), Map.entry("quarter", Column.QUARTER),
      Map.entry("månad", Column.MONTH), Map.entry("month", Column.MONTH),
      Map.entry("areacode", Column.AREA), Map.entry("area", Column.AREA), Map.entry("region", Column.AREA),
      Map.entry("regionkod", Column.AREA), Map.entry("kommun", Column.AREA), Map.entry("kommunkod", Column.AREA),
      Map.entry("crimetype", Column.CRIME_TYPE), Map.entry("brottstyp", Column.CRIME_TYPE),
      Map.entry("brottskod", Column.CRIME_TYPE),
      Map.entry("count", Column.COUNT), Map.entry("antal", Column.COUNT),
      Map.entry("antalbrott", Column.COUNT), Map.entry("antalanmäldabrott", Column.COUNT),
      Map.entry("rateper100k", Column.RATE), Map.entry("per100000inv", Column.RATE),
      Map.entry("per100000invånare", Column.RATE), Map.entry("per100000", Column.RATE));

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3), Map.entry("april", 4),
      Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augusti", 8),
      Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));

  /** BRÅ's region cells often carry the name after the code ("1278 Båstad"); the code is what counts. */
  private static final Pattern AREA = Pattern.compile("(SE|\\d{4}|\\d{2})(?:\\s.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

  /**
   * A file repeats a few hundred periods and areas a million times: each distinct cell text is parsed once. Bounded,
   * so a file of only distinct values cannot grow them without end.
   */
  private static final int MEMO_LIMIT = 10_000;

  private final Map<String, Optional<Period>> periodMemo = new java.util.HashMap<>();
  private final Map<String, String> areaMemo = new java.util.HashMap<>();

  private static final Pattern QUARTER_NUMBER = Pattern.compile("(?:q|k|kv\\.?|kvartal)?\\s*([1-4])");

  private final Vocabulary vocabulary;
  private final List<RowProblem> errors = new ArrayList<>();
  private int errorCount;

  private CrimeFigureCsv(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  static Outcome read(InputStreamSource source, Charset charset, Vocabulary vocabulary, Consumer<CrimeFigure> sink)
      throws IOException {
    try (Reader in = new BufferedReader(new InputStreamReader(source.getInputStream(), charset), 65536)) {
      return new CrimeFigureCsv(vocabulary).read(in, sink);
    }
  }

  private Outcome read(Reader in, Consumer<CrimeFigure> sink) throws IOException {
    skipByteOrderMark(in);
    char delimiter = delimiterOf(in);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true)
        .get();
    long rows = 0;
    try (CSVParser parser = format.parse(in)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        problem(1, null, null, "the file is empty");
        return outcome(0);
      }
      Map<Column, Integer> columns = columns(records.next());
      if (errorCount > 0) {
        return outcome(0);
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (isBlank(record)) {
          continue;
        }
        // Record numbers count the header and empty lines, so they are the file's line numbers (a quoted cell
        // holding a line break would shift them; the layout has none).
        Optional<CrimeFigure> figure = figure((int) record.getRecordNumber(), record, columns);
        if (figure.isPresent()) {
          rows++;
          if (errorCount == 0) {
            sink.accept(figure.get());
          }
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports an unclosed quote or a stray character after one this way.
      problem(0, null, null, "the file is not valid CSV: " + e.getMessage());
    }
    if (rows == 0 && errorCount == 0) {
      problem(1, null, null, "the file has a header but no figures");
    }
    return outcome(rows);
  }

  private Outcome outcome(long rows) {
    return new Outcome(rows, List.copyOf(errors), errorCount);
  }

  private static void skipByteOrderMark(Reader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
  }

  /** The separator the header line uses most, outside quotes: {@code ,}, {@code ;} or tab. */
  private static char delimiterOf(Reader in) throws IOException {
    in.mark(65536);
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0, c; i < 65535 && (c = in.read()) != -1 && (quoted || (c != '\n' && c != '\r')); i++) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    in.reset();
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }

  private Map<Column, Integer> columns(CSVRecord header) {
    Map<Column, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String folded = Normalizer.normalize(header.get(i), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
          .replaceAll("[\\s_.\\u00A0\\u202F]", "");
      Column c = HEADERS.get(folded);
      if (c != null) {
        columns.putIfAbsent(c, i);
      }
    }
    for (Column required : List.of(Column.STATUS, Column.AREA, Column.CRIME_TYPE, Column.COUNT)) {
      if (!columns.containsKey(required)) {
        problem(1, fieldName(required), null, "column missing");
      }
    }
    if (!columns.containsKey(Column.PERIOD) && !columns.containsKey(Column.YEAR)
        && !columns.containsKey(Column.QUARTER)) {
      problem(1, "period", null, "column missing (period, or År with Kvartal or Månad)");
    }
    return columns;
  }

  private Optional<CrimeFigure> figure(int line, CSVRecord record, Map<Column, Integer> columns) {
    int before = errorCount;
    String statusText = cell(record, columns, Column.STATUS);
    Optional<FigureStatus> status = FigureStatus.parse(statusText);
    if (status.isEmpty()) {
      problem(line, "status", statusText, "must be preliminary (preliminär) or final (slutlig)");
    }
    Optional<Period> period = period(line, record, columns);
    String area = area(line, cell(record, columns, Column.AREA));
    String typeText = cell(record, columns, Column.CRIME_TYPE);
    Optional<String> crimeType = vocabulary.crimeType(typeText);
    if (crimeType.isEmpty()) {
      problem(line, "crime_type", typeText, "unknown crime type");
    }
    Long count = count(line, cell(record, columns, Column.COUNT));
    BigDecimal rate = rate(line, cell(record, columns, Column.RATE));
    if (errorCount > before) {
      return Optional.empty();
    }
    return Optional.of(new CrimeFigure(line, status.get(), period.get(), area, crimeType.get(), count, rate));
  }

  private Optional<Period> period(int line, CSVRecord record, Map<Column, Integer> columns) {
    String text;
    Optional<Period> period;
    if (columns.containsKey(Column.PERIOD)) {
      text = cell(record, columns, Column.PERIOD);
      String key = text == null ? "" : text;
      period = periodMemo.get(key);
      if (period == null) {
        period = Period.parse(text);
        if (periodMemo.size() < MEMO_LIMIT) {
          periodMemo.put(key, period);
        }
      }
    } else {
      String year = cell(record, columns, Column.YEAR);
      String quarter = cell(record, columns, Column.QUARTER);
      String month = cell(record, columns, Column.MONTH);
      text = String.join(" ", nonBlank(year), nonBlank(quarter), nonBlank(month)).strip();
      period = periodOf(year, quarter, month);
    }
    if (period.isEmpty()) {
      problem(line, "period", text, "not a period: write 2016, 2016Q3, 2016K3, 2016 kv 3 or 2016-07");
    }
    return period;
  }

  /** From the columns År, Kvartal and Månad; a Kvartal cell may also hold a whole period ("2016K3"). */
  private static Optional<Period> periodOf(String year, String quarter, String month) {
    if (!nonBlank(quarter).isEmpty()) {
      Optional<Period> whole = Period.parse(quarter);
      if (whole.isPresent() || nonBlank(year).isEmpty()) {
        return whole.filter(p -> nonBlank(year).isEmpty() || String.valueOf(p.year()).equals(year.strip()));
      }
      Matcher m = QUARTER_NUMBER.matcher(quarter.strip().toLowerCase(Locale.ROOT));
      return m.matches() ? Period.parse(year.strip() + "Q" + m.group(1)) : Optional.empty();
    }
    if (!nonBlank(month).isEmpty()) {
      String m = month.strip().toLowerCase(Locale.ROOT);
      if (Period.parse(m).filter(p -> p.kind() == Period.Kind.M).isPresent()) {
        return Period.parse(m);
      }
      Integer number = MONTHS.get(m);
      if (number == null && m.matches("\\d{1,2}")) {
        number = Integer.parseInt(m);
      }
      return number == null ? Optional.empty() : Period.parse(nonBlank(year).strip() + "-" + number);
    }
    return Period.parse(year).filter(p -> p.kind() == Period.Kind.Y);
  }

  private String area(int line, String text) {
    String known = text == null ? null : areaMemo.get(text);
    if (known != null) {
      return known;
    }
    Matcher m = AREA.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      problem(line, "area_code", text, "not an area code: 4 digits (kommun), 2 digits (county) or SE");
      return null;
    }
    String code = m.group(1).toUpperCase(Locale.ROOT);
    if (!vocabulary.knownArea(code)) {
      problem(line, "area_code", text, "no kommun or county has this code");
      return null;
    }
    if (areaMemo.size() < MEMO_LIMIT) {
      areaMemo.put(text, code);
    }
    return code;
  }

  private Long count(int line, String text) {
    String t = numberText(text);
    if (t == null) {
      return null;
    }
    if (!INTEGER.matcher(t).matches()) {
      problem(line, "count", text, "not a whole number");
      return null;
    }
    if (t.startsWith("-")) {
      problem(line, "count", text, "must not be negative");
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      problem(line, "count", text, "too large");
      return null;
    }
  }

  private BigDecimal rate(int line, String text) {
    String t = numberText(text);
    if (t == null) {
      return null;
    }
    t = t.replace(',', '.');
    if (!DECIMAL.matcher(t).matches()) {
      problem(line, "rate_per_100k", text, "not a number");
      return null;
    }
    BigDecimal rate = new BigDecimal(t).setScale(2, RoundingMode.HALF_UP);
    if (rate.signum() < 0) {
      problem(line, "rate_per_100k", text, "must not be negative");
      return null;
    }
    if (rate.precision() > 14) {
      problem(line, "rate_per_100k", text, "too large");
      return null;
    }
    return rate;
  }

  /** Null for a missing value (empty, "..", "-"); otherwise the text without thousands separators. */
  private static String numberText(String text) {
    if (text == null) {
      return null;
    }
    String t = text;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
        t = SPACES.matcher(text).replaceAll("");
        break;
      }
    }
    return t.isEmpty() || t.equals("..") || t.equals("-") || t.equals("–") ? null : t;
  }

  private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    return index == null || index >= record.size() ? null : record.get(index);
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String nonBlank(String s) {
    return s == null ? "" : s;
  }

  private static String fieldName(Column c) {
    return switch (c) {
      case STATUS -> "status";
      case AREA -> "area_code";
      case CRIME_TYPE -> "crime_type";
      case COUNT -> "count";
      case RATE -> "rate_per_100k";
      default -> "period";
    };
  }

  private void problem(int line, String field, String value, String message) {
    errorCount++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new RowProblem(line, field, value, message));
    }
  }
}
