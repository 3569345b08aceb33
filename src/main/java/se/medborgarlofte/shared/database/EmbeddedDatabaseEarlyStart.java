package se.medborgarlofte.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is read, so the server boots
 * (about a second, more on a busy machine) while Spring scans and wires the application instead of before.
 * {@link EmbeddedDatabaseConfiguration} claims the running server; without an embedded database (an external
 * {@code SPRING_DATASOURCE_URL}) nothing is started. Registered in {@code META-INF/spring.factories}.
 */
public class EmbeddedDatabaseEarlyStart implements EnvironmentPostProcessor, Ordered {

  private static CompletableFuture<EmbeddedPostgres> starting;
  private static String startingFor;

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.getProperty("spring.datasource.url", "").isBlank()
        || !env.getProperty("medborgarlofte.embedded-db.early-start", Boolean.class, true)) {
      return;
    }
    String dataDir = env.getProperty("medborgarlofte.data-dir", "./data");
    int port = env.getProperty("medborgarlofte.embedded-db.port", Integer.class, 0);
    synchronized (EmbeddedDatabaseEarlyStart.class) {
      if (starting == null) {
        startingFor = dataDir + "|" + port;
        starting = CompletableFuture.supplyAsync(() -> {
          try {
            return EmbeddedDatabaseConfiguration.start(dataDir, port);
          } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL in " + dataDir, e);
          }
        });
        // If the application never claims it (it failed to start), do not leave the server running.
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabaseEarlyStart::closeUnclaimed));
      }
    }
  }

  /** The server started early for this data directory, or null when none was (then the caller starts one). */
  static synchronized EmbeddedPostgres claim(String dataDir, int port) throws IOException {
    if (starting == null || !startingFor.equals(dataDir + "|" + port)) {
      return null;
    }
    try {
      EmbeddedPostgres pg = starting.get();
      starting = null;
      return pg;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the embedded PostgreSQL started", e);
    } catch (ExecutionException e) {
      starting = null;
      throw new IOException("the embedded PostgreSQL did not start", e.getCause());
    }
  }

  private static synchronized void closeUnclaimed() {
    if (starting != null) {
      try {
        starting.get().close();
      } catch (Exception ignored) {
        // the JVM is ending; nothing more to do
      }
    }
  }
}
