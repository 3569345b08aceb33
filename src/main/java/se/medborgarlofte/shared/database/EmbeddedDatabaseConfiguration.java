package se.medborgarlofte.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when no {@code SPRING_DATASOURCE_URL} is given, run a real PostgreSQL 15 in-process whose
 * data survives restarts under {@code MEDBORGARLOFTE_DATA_DIR}. One SQL dialect everywhere, so what runs on a laptop
 * runs in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  /** How long a request waits for a connection: a down database answers 503 in 2 s, not 30. */
  static final long DB_WAIT_MILLIS = 2000;

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${medborgarlofte.data-dir:./data}") String dataDir,
      @Value("${medborgarlofte.embedded-db.port:0}") int port)
      throws IOException {
    return start(dataDir, port);
  }

  static EmbeddedPostgres start(String dataDir, int port) throws IOException {
    Path root = Path.of(dataDir).toAbsolutePath().normalize();
    Path data = root.resolve("postgres");
    Path work = root.resolve("postgres-bin");
    Files.createDirectories(root);
    // Writable by the unprivileged user the bundled binaries switch to when started as root.
    root.toFile().setWritable(true, false);
    root.toFile().setExecutable(true, false);
    stopOrphanedServer(data);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            // Spring stops it, after everything that uses the database; a JVM hook would race with that.
            .setRegisterShutdownHook(false)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(work.toFile())
            .setServerConfig("max_connections", "50")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres pg = builder.start();
    log.info("Embedded PostgreSQL 15 running on port {} with data in {}", pg.getPort(), data);
    return pg;
  }

  /**
   * After a crash of the JVM (kill -9) the PostgreSQL it started keeps running and holds the data directory.
   * Stop it cleanly so this start can take over; PostgreSQL's own WAL makes the data consistent.
   */
  static void stopOrphanedServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
    if (!first.matches("\\d+")) {
      return;
    }
    ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
      log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", orphan.pid());
      orphan.destroy();
      try {
        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        orphan.destroyForcibly();
      }
    });
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPoolName("embedded");
    config.setMaximumPoolSize(20);
    config.setConnectionTimeout(DB_WAIT_MILLIS);
    return new HikariDataSource(config);
  }
}
