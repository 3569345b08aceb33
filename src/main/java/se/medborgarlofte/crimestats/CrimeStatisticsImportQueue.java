package se.medborgarlofte.crimestats;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.medborgarlofte.shared.SpooledFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.organisation.Member;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports in the background, one at a time, and keeps them across a crash.
 *
 * <p>The caller first spools the upload into {@link #spoolFile()} (under the data directory, not in memory). The
 * import is then recorded RUNNING with that file's name and committed, and only then acknowledged (202, or 201 when
 * it finished within the wait). A process that dies mid-import loses only its uncommitted transaction: on the next
 * start, every RUNNING import whose spooled file is on this node's disk runs again. Progress (bytes read) is kept in
 * memory, so another node shows a running import without its percentage.
 */
@Service
public class CrimeStatisticsImportQueue {

  private static final Logger log = LoggerFactory.getLogger(CrimeStatisticsImportQueue.class);

  /**
   * What a submission came to within the wait: a result, a rejection (the import is recorded FAILED with its
   * errors), or neither: the import still runs.
   */
  public record Submitted(long importId, ImportResult result, CrimeStatisticsFileRejected rejection) {

    public boolean running() {
      return result == null && rejection == null;
    }
  }

  /** How far a running import has read: both passes over the file (hash, then rows) count. */
  public record Progress(long bytesRead, long bytesToRead) {

    public int percent() {
      return bytesToRead == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / bytesToRead);
    }
  }

  private final CrimeStatisticsImport importer;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Path spool;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "crimestats-import");
    t.setDaemon(true);
    return t;
  });
  private final Map<Long, AtomicLong> progress = new ConcurrentHashMap<>();

  CrimeStatisticsImportQueue(CrimeStatisticsImport importer, JdbcClient jdbc, JsonMapper json,
      @Value("${medborgarlofte.data-dir:./data}") String dataDir) {
    this.importer = importer;
    this.jdbc = jdbc;
    this.json = json;
    this.spool = Path.of(dataDir).toAbsolutePath().normalize().resolve("crimestats-imports");
  }

  /** A new, empty file to spool an upload into; hand it to {@link #submit}, or delete it. */
  public Path spoolFile() {
    try {
      Files.createDirectories(spool);
      return spool.resolve(UUID.randomUUID() + ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an upload to a new spooled file (never into memory) and returns it for {@link #submit}; an upload that
   * breaks off leaves no file behind.
   */
  public Path spool(InputStream upload) throws IOException {
    Path file = spoolFile();
    try (InputStream in = upload) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** Records the import and starts it; waits up to {@code wait} for it to end. */
  public Submitted submit(Member by, String fileName, Path spooled, Duration wait) {
    CrimeStatisticsImport.requireMayImport(by);
    long bytes;
    try {
      bytes = Files.size(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long id = jdbc.sql("""
        insert into crimestats_import (imported_by, file_name, rows, preliminary_rows, final_rows, status, bytes,
          spool_name) values (?, ?, 0, 0, 0, 'RUNNING', ?, ?) returning id""")
        .params(by.getUsername(), fileName, bytes, spooled.getFileName().toString()).query(Long.class).single();
    Future<ImportResult> done = enqueue(id, by.getUsername(), fileName, spooled);
    if (wait.isZero()) {
      return new Submitted(id, null, null);
    }
    try {
      return new Submitted(id, done.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      return new Submitted(id, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Submitted(id, null, null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CrimeStatisticsFileRejected rejected) {
        return new Submitted(id, null, rejected);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A running import's progress, when it runs on this node. */
  public Optional<Progress> progress(long importId, long bytes) {
    AtomicLong read = progress.get(importId);
    return read == null ? Optional.empty() : Optional.of(new Progress(read.get(), 2 * bytes));
  }

  /** Imports left RUNNING by a process that died: their spooled files are still here, so they run again. */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    List<Map<String, Object>> running = jdbc.sql("""
        select id, imported_by, file_name, spool_name from crimestats_import
        where status = 'RUNNING' and spool_name is not null order by id""").query().listOfRows();
    for (Map<String, Object> row : running) {
      Path file = spool.resolve((String) row.get("spool_name"));
      if (Files.isRegularFile(file) && !progress.containsKey(((Number) row.get("id")).longValue())) {
        log.info("resuming crime statistics import {} from {}", row.get("id"), file);
        enqueue(((Number) row.get("id")).longValue(), (String) row.get("imported_by"), (String) row.get("file_name"),
            file);
      }
    }
  }

  private Future<ImportResult> enqueue(long id, String actor, String fileName, Path file) {
    AtomicLong read = new AtomicLong();
    progress.put(id, read);
    return worker.submit(() -> run(id, actor, fileName, file, read));
  }

  private ImportResult run(long id, String actor, String fileName, Path file, AtomicLong read) {
    InputStreamSource counted = () -> SpooledFile.counting(file, read);
    try {
      ImportResult result = importer.runRecorded(id, actor, fileName, counted);
      SpooledFile.deleteQuietly(file);
      return result;
    } catch (CrimeStatisticsFileRejected e) {
      jdbc.sql("""
          update crimestats_import set status = 'FAILED', errors = cast(? as jsonb), error_count = ?,
            finished_at = now() where id = ?""")
          .params(json.writeValueAsString(e.errors()), e.errorCount(), id).update();
      SpooledFile.deleteQuietly(file);
      throw e;
    } catch (RuntimeException e) {
      if (worker.isShutdown()) {
        // Stopping: the transaction rolled back and the file stays, so the next start runs the import again.
        throw e;
      }
      log.warn("crime statistics import {} failed", id, e);
      jdbc.sql("update crimestats_import set status = 'FAILED', failure = ?, finished_at = now() where id = ?")
          .params(se.medborgarlofte.shared.FieldProblem.printable(String.valueOf(e.getMessage())), id).update();
      SpooledFile.deleteQuietly(file);
      throw e;
    } finally {
      progress.remove(id);
    }
  }


  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
