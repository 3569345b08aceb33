package se.medborgarlofte.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * Imports more years of SCB population (table BE0101N1, "Folkmängd efter region och år") as SCB's Statistikdatabasen
 * exports it, all or nothing. Two layouts are read:
 * <ul>
 *   <li>wide, as the export comes by default: {@code "region","2022","2023"} (a header may say {@code "2023"} or
 *   {@code "Folkmängd 2023"});</li>
 *   <li>long: {@code region;år;Folkmängd} (also {@code year}, {@code population}, {@code antal}).</li>
 * </ul>
 * A region is {@code "0114 Upplands Väsby"} or {@code 0114}. Rows of counties and of the country ({@code "00
 * Riket"}) are skipped: those are always the sums of their kommuner here. Separators {@code , ; tab}; UTF-8 with or
 * without BOM, or Windows-1252; spaces as thousands separators; {@code ..} (no figure) leaves the year unset. The
 * figures are SCB's population on 31 December of the year.
 */
@Service
public class PopulationImport {

  public static final Permission IMPORT = Permission.of("organisation.population-import");

  private static final Pattern REGION = Pattern.compile("^\\s*(\\d{2}|\\d{4})(\\s+.*)?$");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d|2100)(?!\\d)");
  private static final int MAX_ERRORS = 100;

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  private final Populations populations;

  PopulationImport(JdbcClient jdbc, Municipalities municipalities, Populations populations, AuditTrail audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.populations = populations;
    this.municipalities = municipalities;
    this.audit = audit;
    this.events = events;
  }

  /** What an import stored: the years it brought and how many kommun figures. */
  public record Result(List<Integer> years, int figures) {}

  private record Figure(String kommun, int year, int people) {}

  @Transactional
  public Result importCsv(Member by, String fileName, byte[] content) {
    if (by == null || !by.may(IMPORT, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins import population figures");
    }
    List<Figure> figures = parse(content);
    for (Figure f : figures) {
      jdbc.sql("""
          insert into organisation_population (municipality_code, year, population, reference_date, source)
          values (?, ?, ?, ?, ?) on conflict (municipality_code, year) do update
          set population = excluded.population, reference_date = excluded.reference_date, source = excluded.source""")
          .params(f.kommun(), f.year(), f.people(), LocalDate.of(f.year(), 12, 31),
              "SCB BE0101N1" + (fileName == null ? "" : ", " + fileName))
          .update();
    }
    TreeSet<Integer> years = new TreeSet<>();
    figures.forEach(f -> years.add(f.year()));
    Result result = new Result(List.copyOf(years), figures.size());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("fileName", fileName);
    after.put("years", result.years());
    after.put("figures", result.figures());
    audit.record("POPULATION_IMPORTED", "Population", String.join(",", years.stream().map(String::valueOf).toList()),
        null, after);
    events.publishEvent(new PublicContentChanged("population import"));
    org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
        new org.springframework.transaction.support.TransactionSynchronization() {
          @Override
          public void afterCommit() {
            populations.forget();
          }
        });
    return result;
  }

  List<Figure> parse(byte[] content) {
    String text = decode(content);
    if (text.isBlank()) {
      throw new InvalidInputException(List.of(new FieldProblem(1, null, "the file is empty")));
    }
    String firstLine = text.lines().findFirst().orElse("");
    char separator = separator(firstLine);
    List<FieldProblem> problems = new ArrayList<>();
    int[] more = {0};
    List<Figure> figures = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(separator)
        .setIgnoreSurroundingSpaces(true).get())) {
      List<CSVRecord> records = csv.getRecords();
      Layout layout = Layout.of(records.get(0).toList());
      if (layout.problem() != null) {
        throw new InvalidInputException(List.of(new FieldProblem(1, null, layout.problem())));
      }
      for (CSVRecord r : records.subList(1, records.size())) {
        int line = (int) r.getRecordNumber();
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        layout.read(r, line, municipalities, figures, p -> {
          if (problems.size() < MAX_ERRORS) {
            problems.add(p);
          } else {
            more[0]++;
          }
        });
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidInputException(List.of(new FieldProblem(null, null, "not a CSV file: " + e.getMessage())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, problems.size() + more[0]);
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (seen.putIfAbsent(f.kommun() + "/" + f.year(), i) != null) {
        throw new InvalidInputException(List.of(new FieldProblem(null, "region", "kommun " + f.kommun()
            + " has two figures for " + f.year())));
      }
    }
    if (figures.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem(2, "region", "no kommun figures in the file")));
    }
    return figures;
  }

  private static String decode(byte[] content) {
    int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, offset,
              content.length - offset)).toString();
    } catch (CharacterCodingException e) {
      // Excel on Swedish Windows saves Windows-1252, a superset of ISO-8859-1's å, ä, ö.
      return new String(content, Charset.forName("windows-1252"));
    }
  }

  private static char separator(String header) {
    int tabs = count(header, '\t');
    int semis = count(header, ';');
    int commas = count(header, ',');
    return tabs >= semis && tabs >= commas && tabs > 0 ? '\t' : semis >= commas && semis > 0 ? ';' : ',';
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** Which column holds the region, and where the years and figures are. */
  private record Layout(int region, Map<Integer, Integer> yearColumns, int yearColumn, int valueColumn,
      String problem) {

    static Layout of(List<String> header) {
      int region = -1;
      int year = -1;
      int value = -1;
      Map<Integer, Integer> years = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
        Matcher m = YEAR.matcher(h);
        if (h.equals("region") || h.equals("kommun") || h.equals("region_code") || h.equals("kod")) {
          region = i;
        } else if (h.equals("år") || h.equals("year") || h.equals("ar")) {
          year = i;
        } else if (h.startsWith("folkmängd") && !m.find() || h.equals("population") || h.equals("antal")
            || h.equals("value")) {
          value = i;
        } else if (YEAR.matcher(h).find()) {
          Matcher y = YEAR.matcher(h);
          y.find();
          years.put(i, Integer.parseInt(y.group(1)));
        }
      }
      if (region < 0) {
        return new Layout(-1, years, -1, -1, "no region column (expected \"region\" or \"kommun\")");
      }
      if (years.isEmpty() && (year < 0 || value < 0)) {
        return new Layout(region, years, year, value,
            "no years: expected year columns (\"2023\") or the columns \"år\" and \"folkmängd\"");
      }
      return new Layout(region, years, year, value, null);
    }

    void read(CSVRecord r, int line, Municipalities municipalities, List<Figure> into,
        java.util.function.Consumer<FieldProblem> problems) {
      String regionCell = cell(r, region);
      Matcher m = REGION.matcher(regionCell);
      if (!m.matches()) {
        problems.accept(new FieldProblem(line, "region", "\"" + regionCell
            + "\" is not an SCB region (a 4-digit kommun code, optionally followed by the name)"));
        return;
      }
      String code = m.group(1);
      if (code.length() == 2) {
        return; // a county or the country: computed as the sum of its kommuner
      }
      if (!municipalities.exists(code)) {
        problems.accept(new FieldProblem(line, "region", "\"" + code + "\" is not a kommun code"));
        return;
      }
      if (!yearColumns.isEmpty()) {
        yearColumns.forEach((column, year) -> people(r, column, line, "" + year, problems)
            .ifPresent(p -> into.add(new Figure(code, year, p))));
        return;
      }
      String yearCell = cell(r, yearColumn);
      Matcher y = YEAR.matcher(yearCell);
      if (!yearCell.matches("\\d{4}") || !y.find()) {
        problems.accept(new FieldProblem(line, "år", "\"" + yearCell + "\" is not a year (1950–2100)"));
        return;
      }
      int year = Integer.parseInt(yearCell);
      people(r, valueColumn, line, "folkmängd", problems).ifPresent(p -> into.add(new Figure(code, year, p)));
    }

    private static java.util.Optional<Integer> people(CSVRecord r, int column, int line, String field,
        java.util.function.Consumer<FieldProblem> problems) {
      String raw = cell(r, column);
      String digits = raw.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
      if (digits.equals("..") || digits.equals("-") || digits.isEmpty()) {
        return java.util.Optional.empty();
      }
      if (!digits.matches("\\d{1,8}")) {
        problems.accept(new FieldProblem(line, field, "\"" + raw + "\" is not a population (a whole number ≥ 0)"));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(Integer.parseInt(digits));
    }

    private static String cell(CSVRecord r, int column) {
      return column < r.size() ? r.get(column).strip() : "";
    }
  }
}
