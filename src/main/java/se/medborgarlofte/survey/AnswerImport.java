package se.medborgarlofte.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;

/**
 * Imports the answers of an earlier round from a contractor's file, one line per respondent (mikrodata), through a
 * {@link AnswerMapping}. All or nothing, and streamed: the file is read three times and never held whole (its
 * encoding; every line checked, problems counted and the first 100 kept; then, only if none, the answers stored in
 * batches of {@value #BATCH} within one transaction that also closes the round and computes its figures on the
 * close's own path). Each response gets a random id; no line number, file or import is kept with it.
 */
@Service
class AnswerImport {

  static final int BATCH = 1_000;

  /** How far an import has got, for the progress display. */
  static final class Progress {
    final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong linesChecked = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong linesStored = new java.util.concurrent.atomic.AtomicLong();
    volatile long lines = -1;
    /** False while the import waits behind another. */
    volatile boolean started;
  }

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final AnswerStore answers;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;

  AnswerImport(SurveyRounds rounds, SurveyTemplates templates, AnswerStore answers, JdbcClient jdbc,
      TransactionTemplate transaction, AuditTrail audit) {
    this.rounds = rounds;
    this.templates = templates;
    this.answers = answers;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.audit = audit;
  }

  /** Only a draft round without answers takes an import: what it stores becomes the whole round. */
  void requireImportable(SurveyRound round) {
    if (round.status() != RoundStatus.DRAFT) {
      throw new ConflictException("survey " + round.id() + " is " + round.status()
          + ": answers are imported only into a new draft round (create one for the earlier year first)");
    }
    if (rounds.responseCount(round.id()) > 0) {
      throw new ConflictException("survey " + round.id() + " already has answers");
    }
  }

  /** The mapping checked against the round's template: problems name the mapping's JSON fields. */
  void requireValid(SurveyRound round, AnswerMapping mapping) {
    FieldErrors errors = new FieldErrors();
    if (mapping == null) {
      errors.add("mapping", "give a mapping or the name of a saved one");
    } else {
      Map<String, TemplateItem> items = new HashMap<>();
      templates.get(round.templateId()).items().forEach(i -> items.put(i.code(), i));
      mapping.check(items, errors);
      if (mapping.areaColumn() != null && round.areas().isEmpty()) {
        errors.add("areaColumn", "survey " + round.id() + " has no areas: create the round with its areas first, "
            + "or leave areaColumn out");
      }
    }
    errors.throwIfAny();
  }

  /**
   * Checks the whole file, then stores it and closes the round, recording the import {@code importId} DONE in the
   * same transaction. Throws {@link SurveyFileRejected} (nothing stored) or a conflict.
   */
  int run(long importId, long roundId, AnswerMapping mapping, String fileName, String mappingName,
      InputStreamSource file, Progress progress) {
    progress.started = true;
    SurveyRound round = rounds.get(roundId);
    requireImportable(round);
    requireValid(round, mapping);
    SurveyTemplate template = templates.get(round.templateId());
    Charset charset;
    try {
      charset = SurveyCsv.charsetOf(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ImportProblem> problems = new ArrayList<>();
    int[] count = {0, 0};
    read(file, charset, round, mapping.compile(template), mapping, r -> count[0]++, p -> {
      count[1]++;
      if (problems.size() < SurveyFileRejected.SHOWN) {
        problems.add(p);
      }
    }, progress.linesChecked);
    if (count[0] == 0 && count[1] == 0) {
      count[1]++;
      problems.add(new ImportProblem(2, "line", "", "the file has a header but no answers"));
    }
    if (count[1] > 0) {
      throw new SurveyFileRejected(problems, count[1]);
    }
    progress.lines = count[0];
    return transaction.execute(status -> {
      jdbc.sql("select id from survey_round where id = ? for update").param(roundId).query(Long.class).single();
      requireImportable(rounds.get(roundId));
      List<AnswerStore.StoredResponse> batch = new ArrayList<>(BATCH);
      read(file, charset, round, mapping.compile(template), mapping, r -> {
        batch.add(r);
        if (batch.size() == BATCH) {
          answers.insert(roundId, template, batch);
          progress.linesStored.addAndGet(batch.size());
          batch.clear();
        }
      }, p -> {
        throw new IllegalStateException("the spooled file changed between its check and its import: " + p);
      }, new java.util.concurrent.atomic.AtomicLong());
      answers.insert(roundId, template, batch);
      progress.linesStored.addAndGet(batch.size());
      rounds.closeWithImportedAnswers(roundId);
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("surveyId", roundId);
      after.put("file", String.valueOf(fileName));
      after.put("rows", count[0]);
      after.put("mapping", mappingName == null ? "(inline)" : mappingName);
      audit.record("SURVEY_ANSWERS_IMPORTED", "SurveyAnswerImport", importId, null, after);
      jdbc.sql("update survey_answer_import set status = 'DONE', rows = ?, finished_at = now() where id = ?")
          .params(count[0], importId).update();
      return count[0];
    });
  }

  /** The column names in the file's header (empty for an empty file). */
  List<String> header(InputStreamSource file) {
    try {
      Charset charset = SurveyCsv.charsetOf(file);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), charset))) {
        String line = in.readLine();
        if (line == null || SurveyCsv.withoutBom(line).isBlank()) {
          return List.of();
        }
        line = SurveyCsv.withoutBom(line);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(SurveyCsv.separator(line)).setTrim(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(line), format)) {
          return p.getRecords().get(0).toList();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads every line of the file, handing each good one's response or each problem on. */
  private void read(InputStreamSource file, Charset charset, SurveyRound round, AnswerMapping.Compiled compiled,
      AnswerMapping mapping, Consumer<AnswerStore.StoredResponse> good, Consumer<ImportProblem> bad,
      java.util.concurrent.atomic.AtomicLong lines) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), charset), 64 * 1024)) {
      String headerLine = in.readLine();
      if (headerLine == null || SurveyCsv.withoutBom(headerLine).isBlank()) {
        bad.accept(new ImportProblem(1, "header", "", "the file is empty: expected a header naming its columns "
            + "and one line per respondent"));
        return;
      }
      headerLine = SurveyCsv.withoutBom(headerLine);
      char separator = SurveyCsv.separator(headerLine);
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
          .setTrim(true).get();
      List<String> header;
      try (CSVParser p = CSVParser.parse(new StringReader(headerLine), format)) {
        header = p.getRecords().get(0).toList();
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(AnswerMapping.key(header.get(i)), i);
      }
      List<String> wanted = new ArrayList<>(compiled.columns());
      String area = mapping.areaColumn() == null ? null : AnswerMapping.key(mapping.areaColumn());
      if (area != null) {
        wanted.add(area);
      }
      boolean missing = false;
      for (String column : wanted) {
        if (!index.containsKey(column)) {
          missing = true;
          String found = headerLine.length() > 120 ? headerLine.substring(0, 120) + "…" : headerLine;
          bad.accept(new ImportProblem(1, column, found, "the mapping's column " + column + " is not in the "
              + "file's header (columns are separated by ';' or ',')"));
        }
      }
      if (missing) {
        return;
      }
      Map<String, String> areas = new HashMap<>();
      round.areas().forEach(a -> {
        areas.put(a.code().toLowerCase(Locale.ROOT), a.code());
        areas.put(a.name().toLowerCase(Locale.ROOT), a.code());
      });
      try (CSVParser parser = CSVParser.parse(in, format)) {
        for (CSVRecord r : parser) {
          int line = (int) r.getRecordNumber() + 1;
          lines.incrementAndGet();
          if (r.size() != header.size()) {
            String text = String.join(String.valueOf(separator), r.values());
            bad.accept(new ImportProblem(line, "line", text.length() > 120 ? text.substring(0, 120) + "…" : text,
                "has " + r.size() + " fields, the header " + header.size()));
            continue;
          }
          boolean ok = true;
          String areaCode = null;
          if (area != null) {
            String cell = r.get(index.get(area));
            if (!cell.isEmpty()) {
              areaCode = areas.get(cell.toLowerCase(Locale.ROOT));
              if (areaCode == null) {
                ok = false;
                bad.accept(new ImportProblem(line, header.get(index.get(area)), cell, "not an area of the round: "
                    + "its areas are " + String.join(", ", round.areas().stream().map(RoundArea::code).toList())));
              }
            }
          }
          Map<String, String> given = new HashMap<>();
          for (String column : compiled.columns()) {
            String cell = r.get(index.get(column));
            String option = compiled.option(column, cell);
            if (option == null) {
              ok = false;
              TemplateItem item = compiled.item(column);
              bad.accept(new ImportProblem(line, header.get(index.get(column)), cell, "not an option of "
                  + item.code() + ": give one of " + AnswerMapping.optionCodes(item) + " or its value, or map the "
                  + "cell in the column's values"));
            } else if (!option.isEmpty()) {
              given.put(compiled.item(column).code(), option);
            }
          }
          if (ok) {
            good.accept(new AnswerStore.StoredResponse(UUID.randomUUID(), areaCode, given));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("the spooled file changed")) {
        throw e;
      }
      bad.accept(new ImportProblem((int) lines.get() + 2, "file", "", "cannot be read as CSV: " + e.getMessage()));
    }
  }
}
