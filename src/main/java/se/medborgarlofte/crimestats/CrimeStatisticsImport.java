package se.medborgarlofte.crimestats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Populations;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * Imports a file of figures, all or nothing: read and checked as it streams into a staging table with COPY, then,
 * only when no row was bad, upserted into the figures in the same transaction, with one audit entry for the whole
 * file. The same bytes imported again change nothing.
 */
@Service
public class CrimeStatisticsImport {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CrimeStatisticsImport.class);

  /**
   * Importing figures. The files are national data (every kommun, county and the country at once), so the scope is
   * {@link Scope#ANYWHERE} and the verb is not one of the role table's {@code read/edit/sign}: only admins hold it.
   */
  public static final Permission IMPORT = Permission.of("crimestats.import");

  /** One import at a time: two imports of overlapping figures would race in the upsert and for the hash. */
  private static final long LOCK = 30_000_001L;

  private static final String KEY = "area_code, crime_type, period_kind, period_year, period_number, status";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final CrimeTypes crimeTypes;
  private final Municipalities municipalities;
  private final Populations populations;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  CrimeStatisticsImport(JdbcClient jdbc, DataSource dataSource, CrimeTypes crimeTypes, Municipalities municipalities,
      Populations populations, AuditTrail audit, ApplicationEventPublisher events) {
    this.populations = populations;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.crimeTypes = crimeTypes;
    this.municipalities = municipalities;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Imports within the caller's transaction (the demo loader, small files in tests); the API and the admin page go
   * through {@link CrimeStatisticsImportQueue}, which records the import first and runs it in the background.
   *
   * @throws CrimeStatisticsFileRejected when any row is bad; nothing is stored then
   * @throws AccessDeniedException unless the member may import national figures
   */
  @Transactional
  public ImportResult importFile(Member by, String fileName, InputStreamSource file) {
    requireMayImport(by);
    return load(by.getUsername(), fileName, file, false, null);
  }

  public static void requireMayImport(Member by) {
    if (by == null || !by.may(IMPORT, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins import crime statistics");
    }
  }

  /** For the demo loader: figures the platform itself brings, marked as invented examples. */
  @Transactional
  public ImportResult importExamples(String fileName, InputStreamSource file) {
    return load("system", fileName, file, true, null);
  }

  /** Runs an import the queue recorded as RUNNING; on success the same row becomes DONE in this transaction. */
  @Transactional
  ImportResult runRecorded(long importId, String actor, String fileName, InputStreamSource file) {
    return load(actor, fileName, file, false, importId);
  }

  private ImportResult load(String actor, String fileName, InputStreamSource file, boolean example, Long recorded) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
    if (recorded != null) {
      // A resumed import another process already finished (two nodes sharing a data directory): leave it be.
      Optional<ImportResult> finished = jdbc.sql("""
          select coalesce(duplicate_of, id) as import_id, rows, preliminary_rows, final_rows,
                 duplicate_of is not null as duplicate
          from crimestats_import where id = ? and status <> 'RUNNING'""").param(recorded)
          .query(ImportResult.class).optional();
      if (finished.isPresent()) {
        return finished.get();
      }
    }
    FileScan scan;
    try {
      scan = FileScan.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<ImportResult> earlier = jdbc.sql("""
        select id as import_id, rows, preliminary_rows, final_rows, true as duplicate from crimestats_import
        where sha256 = ? and status = 'DONE' and duplicate_of is null""")
        .param(scan.sha256()).query(ImportResult.class).optional();
    if (earlier.isPresent()) {
      if (recorded != null) {
        jdbc.sql("""
            update crimestats_import set status = 'DONE', sha256 = ?, duplicate_of = ?, rows = ?,
              preliminary_rows = ?, final_rows = ?, finished_at = now() where id = ?""")
            .params(scan.sha256(), earlier.get().importId(), earlier.get().rows(), earlier.get().preliminaryRows(),
                earlier.get().finalRows(), recorded).update();
      }
      return earlier.get();
    }
    AreaPopulations populations = new AreaPopulations(municipalities, this.populations);
    Map<String, String> types = crimeTypes.lookup();
    Map<String, Optional<String>> resolved = new java.util.HashMap<>();
    CrimeFigureCsv.Vocabulary vocabulary = new CrimeFigureCsv.Vocabulary() {
      @Override
      public Optional<String> crimeType(String codeOrName) {
        Optional<String> type = resolved.get(codeOrName);
        if (type == null) {
          type = crimeTypes.resolve(types, codeOrName);
          if (resolved.size() < 10_000) {
            resolved.put(codeOrName == null ? "" : codeOrName, type);
          }
        }
        return type;
      }

      @Override
      public boolean knownArea(String areaCode) {
        return populations.known(areaCode);
      }
    };
    long started = System.nanoTime();
    try (StagingTable staging = new StagingTable(jdbc, dataSource, populations)) {
      CrimeFigureCsv.Outcome outcome = CrimeFigureCsv.read(file, scan.charset(), vocabulary, staging);
      staging.finish();
      if (!outcome.ok()) {
        throw new CrimeStatisticsFileRejected(outcome.errors(), outcome.errorCount());
      }
      // A temporary table is never analysed by autovacuum: without statistics the joins below are planned blind.
      jdbc.sql("analyze " + StagingTable.NAME).update();
      long staged = System.nanoTime();
      long id = recorded != null ? recorded : jdbc.sql("""
          insert into crimestats_import (imported_by, file_name, sha256, rows, preliminary_rows, final_rows, example)
          values (:by, :file, :sha, 0, 0, 0, :example) returning id""")
          .param("by", actor).param("file", fileName).param("sha", scan.sha256()).param("example", example)
          .query(Long.class).single();
      jdbc.sql("""
          update crimestats_import set status = 'DONE', sha256 = :sha, rows = :rows, preliminary_rows = :prel,
            final_rows = :final, bytes = :bytes, finished_at = now() where id = :id""")
          .param("sha", scan.sha256()).param("rows", outcome.rows()).param("prel", staging.preliminaryRows())
          .param("final", staging.finalRows()).param("bytes", scan.bytes()).param("id", id).update();
      store(id);
      log.info("crime statistics import {}: {} rows read and staged in {} ms, stored in {} ms", id, outcome.rows(),
          (staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
      ImportResult result = new ImportResult(id, outcome.rows(), staging.preliminaryRows(), staging.finalRows(),
          false);
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("fileName", fileName);
      after.put("sha256", scan.sha256());
      after.put("rows", result.rows());
      after.put("preliminaryRows", result.preliminaryRows());
      after.put("finalRows", result.finalRows());
      after.put("example", example);
      audit.record("CRIME_STATISTICS_IMPORTED", "CrimeStatisticsImport", id, null, after);
      events.publishEvent(new PublicContentChanged("crime statistics import " + id));
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves the staged rows into the figures. The values a file replaces go to the revisions first; when there are
   * none (the common file: new periods), the rows are one plain {@code INSERT} in key order (the primary key's pages
   * fill in order), with no upsert and no join. Otherwise the replaced keys are updated and the rest inserted.
   * The same key twice in one file then fails the insert on the primary key; only then, or before an update (which
   * would not fail), are the repeated keys looked up to name their lines, so a new-periods file pays no extra pass.
   */
  private void store(long id) {
    // The joins and the ordered insert sort a million rows: in memory, not in temporary files.
    jdbc.sql("set local work_mem = '256MB'").update();
    Object savepoint = org.springframework.transaction.interceptor.TransactionAspectSupport
        .currentTransactionStatus().createSavepoint();
    String insert = "insert into crimestats_figure (" + KEY + ", period_start, period_end, count, rate_per_100k, "
        + "population_used, population_date, import_id) select " + KEY + ", period_start, period_end, count, "
        + "rate_per_100k, population_used, population_date, ? from " + StagingTable.NAME + " s";
    try {
      int replaced = jdbc.sql("insert into crimestats_figure_revision (" + KEY + ", count, rate_per_100k, "
          + "population_used, population_date, import_id, replaced_by) select f." + KEY.replace(", ", ", f.")
          + ", f.count, f.rate_per_100k, f.population_used, f.population_date, f.import_id, ? from "
          + "crimestats_figure f join " + StagingTable.NAME + " s using (" + KEY + ")").param(id).update();
      if (replaced == 0) {
        jdbc.sql(insert + " order by " + KEY).param(id).update();
        return;
      }
      rejectRepeatedKeys();
      jdbc.sql("update crimestats_figure f set count = s.count, rate_per_100k = s.rate_per_100k, population_used = "
          + "s.population_used, population_date = s.population_date, import_id = ? from " + StagingTable.NAME
          + " s where (" + prefixed("f") + ") = (" + prefixed("s") + ")").param(id).update();
      jdbc.sql(insert + " where not exists (select 1 from crimestats_figure f where (" + prefixed("f") + ") = ("
          + prefixed("s") + ")) order by " + KEY).param(id).update();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
          .rollbackToSavepoint(savepoint);
      rejectRepeatedKeys();
      throw e;
    }
  }

  private static String prefixed(String alias) {
    return alias + "." + KEY.replace(", ", ", " + alias + ".");
  }

  /** The same key twice in one file cannot both be true; the parser streams, so the staging table finds them. */
  private void rejectRepeatedKeys() {
    List<RowProblem> problems = new ArrayList<>();
    int[] groups = {0};
    jdbc.sql("select min(line) as first, max(line) as last, count(*) over () as groups from " + StagingTable.NAME
        + " group by " + KEY + " having count(*) > 1 order by 2 limit " + CrimeFigureCsv.MAX_ERRORS)
        .query((rs, n) -> {
          groups[0] = rs.getInt("groups");
          problems.add(new RowProblem(rs.getInt("last"), "period", null,
              "the same area, period, crime type and status as line " + rs.getInt("first")));
          return null;
        }).list();
    if (!problems.isEmpty()) {
      throw new CrimeStatisticsFileRejected(problems, groups[0]);
    }
  }
}
