package se.medborgarlofte.crimestats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one import on their way in: a temporary table of the transaction, filled with PostgreSQL's
 * {@code COPY … FROM STDIN} as the file is read (64 KB at a time), so a large file costs neither memory nor a round
 * trip per row. It is dropped when the transaction ends, committed or not. Must be used inside the transaction, on
 * its connection (which {@link DataSourceUtils} hands out).
 */
final class StagingTable implements Consumer<CrimeFigure>, AutoCloseable {

  static final String NAME = "crimestats_staging";

  private static final String COLUMNS = "line, area_code, period_kind, period_year, period_number, period_start, "
      + "period_end, crime_type, status, count, rate_per_100k, population_used, population_date";

  private final DataSource dataSource;
  private final Connection connection;
  private final CopyIn copy;
  private final AreaPopulations populations;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(70_000);
  private long preliminary;
  private long finals;

  StagingTable(JdbcClient jdbc, DataSource dataSource, AreaPopulations populations) {
    this.dataSource = dataSource;
    this.populations = populations;
    jdbc.sql("create temporary table " + NAME + """
         (line int not null, area_code varchar(4) not null, period_kind char(1) not null,
          period_year smallint not null, period_number smallint not null, period_start date not null,
          period_end date not null, crime_type varchar(40) not null, status varchar(11) not null, count bigint,
          rate_per_100k numeric(14, 2), population_used int, population_date date) on commit drop""").update();
    this.connection = DataSourceUtils.getConnection(dataSource);
    try {
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("copy " + NAME + " (" + COLUMNS + ") from stdin (format csv)");
    } catch (SQLException e) {
      DataSourceUtils.releaseConnection(connection, dataSource);
      throw new IllegalStateException("could not start COPY into the staging table", e);
    }
  }

  private final java.util.Map<Period, String> periodColumns = new java.util.HashMap<>();

  /** kind, year, number, start and end: the same few hundred periods over and over, so formatted once each. */
  private String periodColumns(Period p) {
    String columns = periodColumns.get(p);
    if (columns == null) {
      columns = p.kind() + "," + p.year() + "," + p.number() + "," + p.start() + "," + p.end();
      if (periodColumns.size() < 10_000) {
        periodColumns.put(p, columns);
      }
    }
    return columns;
  }

  /** One figure as a CSV line; codes are checked by the parser, so no cell needs quoting. Empty = null. */
  @Override
  public void accept(CrimeFigure f) {
    BigDecimalAndPopulation rate = rateOf(f);
    String line = f.line() + "," + f.areaCode() + "," + periodColumns(f.period()) + "," + f.crimeType() + ","
        + f.status() + "," + (f.count() == null ? "" : f.count()) + "," + (rate.rate == null ? "" : rate.rate) + ","
        + (rate.population == null ? "" : rate.population.people()) + ","
        + (rate.population == null || rate.population.referenceDate() == null ? ""
            : rate.population.referenceDate()) + "\n";
    buffer.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    if (f.status() == FigureStatus.PRELIMINARY) {
      preliminary++;
    } else {
      finals++;
    }
    if (buffer.size() >= 65536) {
      flush();
    }
  }

  private record BigDecimalAndPopulation(java.math.BigDecimal rate, AreaPopulations.Population population) {}

  /** The file's rate when it gave one; else count / population × 100 000, with the population recorded. */
  private BigDecimalAndPopulation rateOf(CrimeFigure f) {
    if (f.ratePer100k() != null || f.count() == null) {
      return new BigDecimalAndPopulation(f.ratePer100k(), null);
    }
    return populations.of(f.areaCode(), f.period().year())
        .map(p -> new BigDecimalAndPopulation(AreaPopulations.rate(f.count(), p), p))
        .orElse(new BigDecimalAndPopulation(null, null));
  }

  /** Ends the COPY: every accepted row is now in the staging table. */
  long finish() {
    flush();
    try {
      return copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into the staging table failed", e);
    }
  }

  long preliminaryRows() {
    return preliminary;
  }

  long finalRows() {
    return finals;
  }

  private void flush() {
    if (buffer.size() == 0) {
      return;
    }
    try {
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into the staging table failed", e);
    }
    buffer.reset();
  }

  @Override
  public void close() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // The transaction is rolled back anyway; the copy's failure is not the news.
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
