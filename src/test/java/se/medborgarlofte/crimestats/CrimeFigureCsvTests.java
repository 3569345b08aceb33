package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamSource;

/** The figures parser on a corpus of small files, one per variant BRÅ's and spreadsheets' exports produce. */
class CrimeFigureCsvTests {

  static final CrimeFigureCsv.Vocabulary VOCABULARY = new CrimeFigureCsv.Vocabulary() {
    final Map<String, String> types = Map.of("total", "TOTAL", "stöld och tillgrepp", "THEFT",
        "bostadsinbrott", "RESIDENTIAL_BURGLARY", "residential_burglary", "RESIDENTIAL_BURGLARY",
        "skadegörelse", "VANDALISM", "graffiti", "GRAFFITI", "fraud", "FRAUD");

    @Override
    public Optional<String> crimeType(String codeOrName) {
      return Optional.ofNullable(types.get(CrimeTypes.fold(codeOrName)));
    }

    @Override
    public boolean knownArea(String areaCode) {
      return Set.of("SE", "12", "1278", "1284").contains(areaCode);
    }
  };

  record Read(CrimeFigureCsv.Outcome outcome, List<CrimeFigure> figures) {}

  static Read read(InputStreamSource file) throws IOException {
    List<CrimeFigure> figures = new ArrayList<>();
    CrimeFigureCsv.Outcome outcome = CrimeFigureCsv.read(file, FileScan.of(file).charset(), VOCABULARY,
        figures::add);
    return new Read(outcome, figures);
  }

  static Read corpus(String name) throws IOException {
    return read(new ClassPathResource("crimestats/" + name));
  }

  @Test
  void readsTheNormalisedLayoutWithCommas() throws IOException {
    Read r = corpus("normalised-comma.csv");
    assertThat(r.outcome().ok()).isTrue();
    assertThat(r.figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.FINAL, Period.year(2015), "1278", "TOTAL", 1254L, null),
        new CrimeFigure(3, FigureStatus.PRELIMINARY, Period.quarter(2016, 3), "1278", "RESIDENTIAL_BURGLARY", 13L,
            new BigDecimal("89.50")),
        new CrimeFigure(4, FigureStatus.FINAL, Period.month(2016, 7), "SE", "FRAUD", 20L, null));
  }

  @Test
  void readsSemicolonsDecimalCommasSpacesBetweenThousandsAndSwedishStatusesAndNames() throws IOException {
    Read r = corpus("semicolon-decimal-comma.csv");
    assertThat(r.outcome().errors()).isEmpty();
    assertThat(r.figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.FINAL, Period.year(2015), "12", "TOTAL", 187430L, new BigDecimal("13720.50")),
        new CrimeFigure(3, FigureStatus.PRELIMINARY, Period.year(2016), "1278", "RESIDENTIAL_BURGLARY", 1204L,
            new BigDecimal("8.25")));
  }

  @Test
  void readsTabs() throws IOException {
    assertThat(corpus("tab.tsv").figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.FINAL, Period.year(2016), "1284", "TOTAL", 1702L, null));
  }

  @Test
  void readsUtf8WithBomAndSwedishHeadersWithYearAndQuarterColumnsAndNamedRegions() throws IOException {
    Read r = corpus("utf8-bom.csv");
    assertThat(r.outcome().errors()).isEmpty();
    assertThat(r.figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.FINAL, Period.quarter(2016, 3), "1278", "THEFT", 44L, null));
  }

  @Test
  void detectsWindows1252AndKeepsÅÄÖ() throws IOException {
    var file = new ClassPathResource("crimestats/windows-1252.csv");
    assertThat(FileScan.of(file).charset()).isEqualTo(FileScan.WINDOWS_1252);
    Read r = read(file);
    assertThat(r.outcome().errors()).isEmpty();
    // "Preliminär", "Höganäs" and "Skadegörelse" only match when the bytes were decoded as Windows-1252.
    assertThat(r.figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.PRELIMINARY, Period.quarter(2016, 2), "1284", "VANDALISM", 31L, null));
    assertThat(FileScan.of(new ClassPathResource("crimestats/utf8-bom.csv")).charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryQuarterSpelling() throws IOException {
    assertThat(corpus("quarter-spellings.csv").figures()).extracting(CrimeFigure::period)
        .containsExactly(Period.quarter(2016, 3), Period.quarter(2016, 2), Period.quarter(2016, 1));
  }

  @Test
  void storesDotsAndDashesAsMissingNeverAsZero() throws IOException {
    Read r = corpus("missing-values.csv");
    assertThat(r.outcome().ok()).isTrue();
    assertThat(r.figures()).hasSize(2).allSatisfy(f -> {
      assertThat(f.count()).isNull();
      assertThat(f.ratePer100k()).isNull();
    });
  }

  @Test
  void readsAFileMixingPreliminaryAndFinalFigures() throws IOException {
    assertThat(corpus("mixed-statuses.csv").figures()).extracting(CrimeFigure::status)
        .containsExactly(FigureStatus.PRELIMINARY, FigureStatus.FINAL, FigureStatus.FINAL);
  }

  @Test
  void ignoresOtherColumns() throws IOException {
    assertThat(corpus("extra-columns.csv").figures()).containsExactly(
        new CrimeFigure(2, FigureStatus.FINAL, Period.year(2015), "1278", "TOTAL", 1254L, null));
  }

  @Test
  void namesEveryWrongAreaCodeWithItsLineAndValueAndPassesNothingOn() throws IOException {
    Read r = corpus("bad-area.csv");
    assertThat(r.outcome().errors()).containsExactly(
        new RowProblem(3, "area_code", "9999", "no kommun or county has this code"),
        new RowProblem(4, "area_code", "12345", "not an area code: 4 digits (kommun), 2 digits (county) or SE"));
    assertThat(r.outcome().errorCount()).isEqualTo(2);
    // Line 2 was good, but a bad file is imported all or nothing: the sink got only what preceded the first error.
    assertThat(r.figures()).hasSize(1);
  }

  @Test
  void namesAPeriodThatDoesNotParse() throws IOException {
    assertThat(corpus("bad-period.csv").outcome().errors()).extracting(RowProblem::line, RowProblem::field,
        RowProblem::value).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "period", "2016Q5"),
        org.assertj.core.groups.Tuple.tuple(3, "period", "juli 2016"));
  }

  @Test
  void refusesNegativeCountsAndRates() throws IOException {
    assertThat(corpus("negative-count.csv").outcome().errors()).containsExactly(
        new RowProblem(2, "count", "-4", "must not be negative"),
        new RowProblem(3, "rate_per_100k", "-1", "must not be negative"));
  }

  @Test
  void refusesAnUnknownStatusAndCrimeType() throws IOException {
    assertThat(corpus("bad-status-and-type.csv").outcome().errors()).extracting(RowProblem::line, RowProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "status"),
            org.assertj.core.groups.Tuple.tuple(3, "crime_type"));
  }

  @Test
  void refusesAnEmptyFileAndAHeaderOnlyFile() throws IOException {
    assertThat(corpus("empty.csv").outcome().errors()).containsExactly(
        new RowProblem(1, null, null, "the file is empty"));
    assertThat(corpus("header-only.csv").outcome().errors()).containsExactly(
        new RowProblem(1, null, null, "the file has a header but no figures"));
  }

  @Test
  void namesMissingColumns() throws IOException {
    assertThat(corpus("missing-columns.csv").outcome().errors()).extracting(RowProblem::field)
        .containsExactly("area_code", "count");
  }

  @Test
  void listsAtMostAHundredErrorsAndCountsTheRest() throws IOException {
    CrimeFigureCsv.Outcome outcome = corpus("many-errors.csv").outcome();
    assertThat(outcome.errors()).hasSize(100);
    assertThat(outcome.errorCount()).isEqualTo(250);
    assertThat(outcome.errors().get(0)).isEqualTo(new RowProblem(2, "count", "x0", "not a whole number"));
  }

  @Test
  void streamsALargeFileInFlatMemory() throws IOException {
    // 200 000 rows generated on the fly, never held whole: only the count of rows reaches the test.
    int rows = 200_000;
    InputStreamSource generated = () -> new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream("status,period,area_code,crime_type,count\n".getBytes()),
        new java.io.InputStream() {
          final byte[] row = "FINAL,2015-03,1278,TOTAL,12\n".getBytes();
          long left = (long) rows * row.length;
          @Override
          public int read() {
            return left-- > 0 ? row[(int) (((long) rows * row.length - left - 1) % row.length)] : -1;
          }
        });
    long[] seen = {0};
    CrimeFigureCsv.Outcome outcome = CrimeFigureCsv.read(generated, StandardCharsets.UTF_8, VOCABULARY,
        f -> seen[0]++);
    assertThat(outcome.ok()).isTrue();
    assertThat(outcome.rows()).isEqualTo(rows);
    assertThat(seen[0]).isEqualTo(rows);
  }

  @Test
  void periodsParseEverySpellingAndRefuseNonsense() {
    assertThat(Period.parse("2016")).contains(Period.year(2016));
    assertThat(Period.parse("2016Q3")).contains(Period.quarter(2016, 3));
    assertThat(Period.parse("2016K3")).contains(Period.quarter(2016, 3));
    assertThat(Period.parse("2016 kv 3")).contains(Period.quarter(2016, 3));
    assertThat(Period.parse("2016-07")).contains(Period.month(2016, 7));
    assertThat(Period.parse("2016-13")).isEmpty();
    assertThat(Period.parse("16")).isEmpty();
    assertThat(Period.month(2016, 7).toString()).isEqualTo("2016-07");
    assertThat(Period.quarter(2016, 3).end()).isEqualTo(java.time.LocalDate.of(2016, 9, 30));
  }

  @Test
  void statusesInEitherLanguageAndAnyCase() {
    assertThat(FigureStatus.parse("Preliminär")).contains(FigureStatus.PRELIMINARY);
    assertThat(FigureStatus.parse("PRELIMINARY")).contains(FigureStatus.PRELIMINARY);
    assertThat(FigureStatus.parse("slutlig")).contains(FigureStatus.FINAL);
    assertThat(FigureStatus.parse("Final")).contains(FigureStatus.FINAL);
    assertThat(FigureStatus.parse("kanske")).isEmpty();
  }

  @Test
  void aByteArrayAndItsHash() throws IOException {
    var a = new ByteArrayResource("abc".getBytes());
    assertThat(FileScan.of(a).sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
