package se.medborgarlofte.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL per test JVM: an embedded PostgreSQL 15 started on first use, or the server named by
 * {@code TEST_DATABASE_URL} (+ {@code TEST_DATABASE_USERNAME}, {@code TEST_DATABASE_PASSWORD}). Registered for every
 * Spring test context in {@code META-INF/spring.factories}; all contexts share it, so tests use unique names.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static volatile Map<String, Object> properties;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> props = properties();
    // A context that must not share data with the others (e.g. the demo data) asks for its own database.
    String own = context.getEnvironment().getProperty("test.database");
    String server = context.getEnvironment().getProperty("test.database.server");
    String url = server == null ? null : OwnPostgres.named(server).jdbcUrl();
    if (url != null) {
      // A server of the test's own (e.g. one the test stops and starts again).
      props = new java.util.HashMap<>(props);
      props.put("spring.datasource.url", url);
      props.put("spring.datasource.username", "postgres");
      props.put("spring.datasource.password", "");
    } else if (own != null && embedded != null) {
      props = new java.util.HashMap<>(props);
      props.put("spring.datasource.url", ownDatabase(own));
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
  }

  private static volatile EmbeddedPostgres embedded;

  private static synchronized String ownDatabase(String name) {
    if (!name.matches("[a-z_]{1,30}")) {
      throw new IllegalArgumentException("test.database must be a plain lower-case name: " + name);
    }
    try (var c = embedded.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      var exists = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
      if (!exists.next()) {
        st.execute("create database " + name);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create the test database " + name, e);
    }
    return embedded.getJdbcUrl("postgres", name);
  }

  public static synchronized Map<String, Object> properties() {
    if (properties == null) {
      String url = System.getenv("TEST_DATABASE_URL");
      if (url != null && !url.isBlank()) {
        properties = Map.of("spring.datasource.url", url,
            "spring.datasource.username", env("TEST_DATABASE_USERNAME", "postgres"),
            "spring.datasource.password", env("TEST_DATABASE_PASSWORD", ""));
      } else {
        EmbeddedPostgres pg = start();
        embedded = pg;
        properties = Map.of("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"),
            "spring.datasource.username", "postgres", "spring.datasource.password", "");
      }
    }
    return properties;
  }

  private static EmbeddedPostgres start() {
    try {
      Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-pg-");
      dir.toFile().setWritable(true, false);
      dir.toFile().setExecutable(true, false);
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(dir.resolve("bin").toFile())
          .setDataDirectory(dir.resolve("data"))
          .setCleanDataDirectory(true)
          .start();
      // Spring's shutdown handlers run after every application context is closed; a JVM hook of our own would race
      // with them and leave their pools waiting 30 s for a database that is already gone.
      org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is ending; the data directory is thrown away with target/
        }
      });
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
