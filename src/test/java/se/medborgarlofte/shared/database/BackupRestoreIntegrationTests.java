package se.medborgarlofte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.TestDatabase;

/**
 * The backup that docs/operations.md tells an operator to take ({@code pg_dump --format=custom}) restores with
 * {@code pg_restore} into an empty database with the same content: reference data, promises, the audit trail.
 * Uses PostgreSQL 15's own client tools, which {@code bin/test} installs when they are missing.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void aDumpRestoresIntoAnEmptyDatabaseWithTheSameContent() throws Exception {
    String url = String.valueOf(TestDatabase.properties().get("spring.datasource.url"));
    URI server = URI.create(url.substring("jdbc:".length()));
    Path dump = Files.createTempFile(Path.of("target").toAbsolutePath(), "backup-", ".dump");
    String restored = "restore_" + Long.toHexString(System.nanoTime());
    jdbc.sql("create database " + restored).update();

    run(tool("pg_dump"), "--format=custom", "--file=" + dump, "-h", server.getHost(), "-p",
        String.valueOf(server.getPort()), "-U", "postgres", "postgres");
    assertThat(Files.size(dump)).isGreaterThan(10_000);
    run(tool("pg_restore"), "--no-owner", "-h", server.getHost(), "-p", String.valueOf(server.getPort()), "-U",
        "postgres", "-d", restored, dump.toString());

    JdbcClient copy = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
        url.replaceFirst("/postgres(\\?|$)", "/" + restored + "$1"), "postgres", ""));
    for (String table : List.of("organisation_municipality", "organisation_population", "promise_promise",
        "shared_audit_entry", "organisation_user", "flyway_schema_history")) {
      long original = jdbc.sql("select count(*) from " + table).query(Long.class).single();
      assertThat(copy.sql("select count(*) from " + table).query(Long.class).single()).as(table).isEqualTo(original);
    }
  }

  /** PostgreSQL 15's client tool: the server's major version must match the embedded one. */
  static String tool(String name) {
    File debian = new File("/usr/lib/postgresql/15/bin/" + name);
    assertThat(debian.canExecute()).as(name + " of PostgreSQL 15 (apt-get install postgresql-client-15; bin/test "
        + "does)").isTrue();
    return debian.getPath();
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
  }
}
