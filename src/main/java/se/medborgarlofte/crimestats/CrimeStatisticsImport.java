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
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  CrimeStatisticsImport(JdbcClient jdbc, DataSource dataSource, CrimeTypes crimeTypes, Municipalities municipalities,
      AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.crimeTypes = crimeTypes;
    this.municipalities = municipalities;
    this.audit = audit;
    this.events = events;
  }

  /**
   * @throws CrimeStatisticsFileRejected when any row is bad; nothing is stored then
   * @throws AccessDeniedException unless the member may import national figures
   */
  @Transactional
  public ImportResult importFile(Member by, String fileName, InputStreamSource file) {
    if (by == null || !by.may(IMPORT, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins import crime statistics");
    }
    return load(by.getUsername(), fileName, file, false);
  }

  /** For the demo loader: figures the platform itself brings, marked as invented examples. */
  @Transactional
  public ImportResult importExamples(String fileName, InputStreamSource file) {
    return load("system", fileName, file, true);
  }

  private ImportResult load(String actor, String fileName, InputStreamSource file, boolean example) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
    FileScan scan;
    try {
      scan = FileScan.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<ImportResult> earlier = jdbc.sql("""
        select id as import_id, rows, preliminary_rows, final_rows, true as duplicate from crimestats_import
        where sha256 = ? and status = 'DONE'""").param(scan.sha256()).query(ImportResult.class).optional();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    AreaPopulations populations = new AreaPopulations(municipalities);
    Map<String, String> types = crimeTypes.lookup();
    CrimeFigureCsv.Vocabulary vocabulary = new CrimeFigureCsv.Vocabulary() {
      @Override
      public Optional<String> crimeType(String codeOrName) {
        return crimeTypes.resolve(types, codeOrName);
      }

      @Override
      public boolean knownArea(String areaCode) {
        return populations.known(areaCode);
      }
    };
    try (StagingTable staging = new StagingTable(jdbc, dataSource, populations)) {
      CrimeFigureCsv.Outcome outcome = CrimeFigureCsv.read(file, scan.charset(), vocabulary, staging);
      staging.finish();
      if (!outcome.ok()) {
        throw new CrimeStatisticsFileRejected(outcome.errors(), outcome.errorCount());
      }
      rejectRepeatedKeys();
      long id = jdbc.sql("""
          insert into crimestats_import (imported_by, file_name, sha256, rows, preliminary_rows, final_rows, example)
          values (:by, :file, :sha, :rows, :prel, :final, :example) returning id""")
          .param("by", actor).param("file", fileName).param("sha", scan.sha256()).param("rows", outcome.rows())
          .param("prel", staging.preliminaryRows()).param("final", staging.finalRows()).param("example", example)
          .query(Long.class).single();
      jdbc.sql("insert into crimestats_figure_revision (" + KEY + ", count, rate_per_100k, population_used, "
          + "population_date, import_id, replaced_by) select f." + KEY.replace(", ", ", f.") + ", f.count, "
          + "f.rate_per_100k, f.population_used, f.population_date, f.import_id, ? from crimestats_figure f join "
          + StagingTable.NAME + " s using (" + KEY + ")").param(id).update();
      jdbc.sql("insert into crimestats_figure (" + KEY + ", period_start, period_end, count, rate_per_100k, "
          + "population_used, population_date, import_id) select " + KEY + ", period_start, period_end, count, "
          + "rate_per_100k, population_used, population_date, ? from " + StagingTable.NAME + " on conflict (" + KEY
          + ") do update set count = excluded.count, rate_per_100k = excluded.rate_per_100k, population_used = "
          + "excluded.population_used, population_date = excluded.population_date, import_id = excluded.import_id")
          .param(id).update();
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
