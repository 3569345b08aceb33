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
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties()));
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
