package se.medborgarlofte.survey;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.SpooledFile;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs answer imports in the background, one at a time, and keeps them across a crash (as crime statistics'
 * imports do). The upload is first spooled to a file under the data directory (never into memory), then the
 * import is recorded RUNNING with that file's name and committed, and only then acknowledged. The import itself is
 * one transaction: a process that dies mid-import leaves nothing of it stored, and at the next start every RUNNING
 * import whose file is still here runs again; one whose file is gone is marked FAILED (after a day, as it may be
 * another node's), to be uploaded again.
 * Progress is kept in memory, so only the node running an import shows how far it has got.
 */
@Service
public class AnswerImportQueue {

  private static final Logger log = LoggerFactory.getLogger(AnswerImportQueue.class);

  /** What a submission came to within the wait: the import's view (DONE, FAILED or still RUNNING). */
  public record Submitted(long importId, SurveyFileRejected rejection) {}

  private final AnswerImport importer;
  private final SurveyRounds rounds;
  private final AnswerMappings mappings;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Path spool;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "survey-answer-import");
    t.setDaemon(true);
    return t;
  });
  private final Map<Long, AnswerImport.Progress> running = new ConcurrentHashMap<>();

  AnswerImportQueue(AnswerImport importer, SurveyRounds rounds, AnswerMappings mappings, JdbcClient jdbc,
      JsonMapper json, @Value("${medborgarlofte.data-dir:./data}") String dataDir) {
    this.importer = importer;
    this.rounds = rounds;
    this.mappings = mappings;
    this.jdbc = jdbc;
    this.json = json;
    this.spool = Path.of(dataDir).toAbsolutePath().normalize().resolve("survey-answer-imports");
  }

  /**
   * The mapping an import uses: the saved one named {@code mappingName}, or {@code inline} (then saved under
   * {@code saveAs} when given). Checks the member may run the round, that it takes an import, and the mapping.
   */
  public AnswerMapping mappingFor(Member by, long surveyId, String mappingName, AnswerMapping inline,
      String saveAs) {
    SurveyRound round = rounds.get(surveyId);
    SurveyPermissions.requireEdit(by, round.municipalityCode());
    importer.requireImportable(round);
    AnswerMapping mapping = inline;
    if (mappingName != null && !mappingName.isBlank()) {
      if (inline != null) {
        throw se.medborgarlofte.shared.InvalidInputException.of("mapping",
            "give either a mapping or the name of a saved one, not both");
      }
      mapping = mappings.find(round.municipalityCode(), mappingName).map(AnswerMappings.Saved::mapping)
          .orElseThrow(() -> se.medborgarlofte.shared.InvalidInputException.of("mappingName", "kommun "
              + round.municipalityCode() + " has no saved answer mapping named " + mappingName));
    }
    importer.requireValid(round, mapping);
    if (inline != null && saveAs != null && !saveAs.isBlank()) {
      mappings.save(by, round.municipalityCode(), saveAs.strip(), inline);
    }
    return mapping;
  }

  /** Writes an upload to a new spooled file (never into memory); an upload that breaks off leaves no file. */
  public Path spool(InputStream upload) throws IOException {
    Files.createDirectories(spool);
    Path file = spool.resolve(UUID.randomUUID() + ".csv");
    try (InputStream in = upload) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * A file spooled by an earlier request of the workspace's two steps (the header read, the mapping filled in),
   * by the name that request gave it; never a path of the caller's choosing.
   */
  public Path spooled(String name) {
    if (name == null || !name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.csv")
        || !Files.isRegularFile(spool.resolve(name))) {
      throw se.medborgarlofte.shared.InvalidInputException.of("file", "the uploaded file is no longer here: "
          + "upload it again");
    }
    return spool.resolve(name);
  }

  /** The column names of a spooled file's header, in its encoding and with its separator. */
  public List<String> header(Path file) {
    return importer.header(() -> Files.newInputStream(file));
  }

  /** Records the import (acknowledged from here on) and starts it; waits up to {@code wait} for it to end. */
  public Submitted submit(Member by, long surveyId, AnswerMapping mapping, String mappingName, String fileName,
      Path spooled, Duration wait) {
    long bytes;
    try {
      bytes = Files.size(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    long id = jdbc.sql("""
        insert into survey_answer_import (round_id, imported_by, file_name, mapping, mapping_name, status, bytes,
          spool_name) values (?, ?, ?, cast(? as jsonb), ?, 'RUNNING', ?, ?) returning id""")
        .params(surveyId, by.getUsername(), name, json.writeValueAsString(mapping),
            mappingName == null || mappingName.isBlank() ? null : mappingName, bytes,
            spooled.getFileName().toString())
        .query(Long.class).single();
    Future<Integer> done = enqueue(id, surveyId, by.getUsername(), name, mapping, mappingName, spooled);
    try {
      done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return new Submitted(id, null);
    } catch (TimeoutException e) {
      return new Submitted(id, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Submitted(id, null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SurveyFileRejected rejected) {
        return new Submitted(id, rejected);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One import, with its progress when it runs on this node. */
  public AnswerImportView view(Member by, long importId) {
    AnswerImportView view = find(importId).orElseThrow(() -> new NotFoundException("no answer import " + importId));
    SurveyPermissions.requireEdit(by, rounds.get(view.surveyId()).municipalityCode());
    return view;
  }

  /** The imports of a round, newest first. */
  public List<AnswerImportView> of(Member by, long surveyId) {
    SurveyPermissions.requireEdit(by, rounds.get(surveyId).municipalityCode());
    return jdbc.sql("select id from survey_answer_import where round_id = ? order by id desc").param(surveyId)
        .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
  }

  private record Row(long id, long roundId, String status, String importedBy, java.time.OffsetDateTime importedAt,
      String fileName, String mappingName, long bytes, Integer rows, java.time.OffsetDateTime finishedAt,
      String errors, Integer errorCount, String failure) {}

  Optional<AnswerImportView> find(long importId) {
    return jdbc.sql("""
        select id, round_id, status, imported_by, imported_at, file_name, mapping_name, bytes, rows, finished_at,
               errors::text as errors, error_count, failure
        from survey_answer_import where id = ?""").param(importId).query(Row.class).optional().map(r -> {
          AnswerImportView v = new AnswerImportView(r.id(), r.roundId(), r.status(), r.importedBy(),
              r.importedAt(), r.fileName(), r.mappingName(), r.bytes(), r.rows(), r.finishedAt(), null,
              r.errors() == null ? null : List.of(json.readValue(r.errors(), ImportProblem[].class)),
              r.errorCount(), r.failure());
          AnswerImport.Progress p = running.get(r.id());
          if (p == null || !p.started || !v.running()) {
            // Not running on this node, or waiting behind another import: no progress to show.
            return v;
          }
          long toRead = 3 * r.bytes();
          int percent = toRead == 0 ? 0 : (int) Math.min(99, p.bytesRead.get() * 100 / toRead);
          return v.withProgress(new AnswerImportView.Progress(p.linesChecked.get(), p.linesStored.get(),
              p.lines < 0 ? null : p.lines, percent));
        });
  }

  /**
   * Imports left RUNNING by a process that died: run again when their file is on this node's disk. One whose file is
   * not here may be running on another node (which resumes it itself), so it is marked FAILED only once it is a day
   * old: no import takes that long, so its file is lost. Spooled files of the workspace's first step that were never
   * imported are deleted after a day too.
   */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    List<Map<String, Object>> left = jdbc.sql("""
        select id, round_id, imported_by, file_name, mapping::text as mapping, mapping_name, spool_name,
               imported_at < now() - interval '1 day' as stale
        from survey_answer_import where status = 'RUNNING' order by id""").query().listOfRows();
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (Map<String, Object> row : left) {
      long id = ((Number) row.get("id")).longValue();
      Path file = row.get("spool_name") == null ? null : spool.resolve((String) row.get("spool_name"));
      if (file != null) {
        kept.add(file.getFileName().toString());
      }
      if (running.containsKey(id)) {
        continue;
      }
      if (file != null && Files.isRegularFile(file)) {
        log.info("resuming survey answer import {} from {}", id, file);
        enqueue(id, ((Number) row.get("round_id")).longValue(), (String) row.get("imported_by"),
            (String) row.get("file_name"), json.readValue((String) row.get("mapping"), AnswerMapping.class),
            (String) row.get("mapping_name"), file);
      } else if (Boolean.TRUE.equals(row.get("stale"))) {
        jdbc.sql("""
            update survey_answer_import set status = 'FAILED', finished_at = now(),
              failure = 'interrupted, and its uploaded file is gone: nothing was stored; upload it again'
            where id = ? and status = 'RUNNING'""").param(id).update();
      }
    }
    deleteAbandonedUploads(kept);
  }

  private void deleteAbandonedUploads(java.util.Set<String> kept) {
    if (!Files.isDirectory(spool)) {
      return;
    }
    java.time.Instant dayAgo = java.time.Instant.now().minus(Duration.ofDays(1));
    try (var files = Files.list(spool)) {
      files.filter(f -> !kept.contains(f.getFileName().toString())).forEach(f -> {
        try {
          if (Files.getLastModifiedTime(f).toInstant().isBefore(dayAgo)) {
            SpooledFile.deleteQuietly(f);
          }
        } catch (IOException e) {
          log.warn("could not read {}", f, e);
        }
      });
    } catch (IOException e) {
      log.warn("could not list {}", spool, e);
    }
  }

  private Future<Integer> enqueue(long id, long surveyId, String actor, String fileName, AnswerMapping mapping,
      String mappingName, Path file) {
    AnswerImport.Progress progress = new AnswerImport.Progress();
    running.put(id, progress);
    return worker.submit(() -> run(id, surveyId, actor, fileName, mapping, mappingName, file, progress));
  }

  private int run(long id, long surveyId, String actor, String fileName, AnswerMapping mapping, String mappingName,
      Path file, AnswerImport.Progress progress) {
    InputStreamSource counted = () -> SpooledFile.counting(file, progress.bytesRead);
    // The audit trail names who imported, as it would had the import run in their request.
    SecurityContextHolder.getContext().setAuthentication(
        new UsernamePasswordAuthenticationToken(actor, null, List.of()));
    try {
      int rows = importer.run(id, surveyId, mapping, fileName, mappingName, counted, progress);
      SpooledFile.deleteQuietly(file);
      return rows;
    } catch (SurveyFileRejected e) {
      jdbc.sql("""
          update survey_answer_import set status = 'FAILED', errors = cast(? as jsonb), error_count = ?,
            finished_at = now() where id = ?""")
          .params(json.writeValueAsString(e.errors()), e.errorCount(), id).update();
      SpooledFile.deleteQuietly(file);
      throw e;
    } catch (RuntimeException e) {
      if (worker.isShutdown()) {
        // Stopping: the transaction rolled back and the file stays, so the next start runs the import again.
        throw e;
      }
      log.warn("survey answer import {} failed", id, e);
      jdbc.sql("update survey_answer_import set status = 'FAILED', failure = ?, finished_at = now() where id = ?")
          .params(FieldProblem.printable(String.valueOf(e.getMessage())), id).update();
      SpooledFile.deleteQuietly(file);
      throw e;
    } finally {
      SecurityContextHolder.clearContext();
      running.remove(id);
    }
  }


  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
