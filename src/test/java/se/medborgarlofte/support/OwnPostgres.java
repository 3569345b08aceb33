package se.medborgarlofte.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A PostgreSQL server of a test's own, which it may stop and start again (as an operator's external server would go
 * down and come back): same port, same data. A context asks for one with {@code test.database.server=<name>};
 * {@link TestDatabase} then points it there, and the test reaches the server with {@link #named}.
 */
public final class OwnPostgres {

  private static final Map<String, OwnPostgres> SERVERS = new ConcurrentHashMap<>();

  private final Path data;
  private final int port;
  private EmbeddedPostgres running;

  private OwnPostgres(String name) throws IOException {
    data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-pg-");
    data.toFile().setWritable(true, false);
    data.toFile().setExecutable(true, false);
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    start();
    // Stopped after every Spring context has closed, like the shared test database.
    org.springframework.boot.SpringApplication.getShutdownHandlers().add(this::stopQuietly);
  }

  public static OwnPostgres named(String name) {
    return SERVERS.computeIfAbsent(name, n -> {
      try {
        return new OwnPostgres(n);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the test's own PostgreSQL " + n, e);
      }
    });
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** Never a clean data directory: zonky would delete it on close, and the restart must find the same data. */
  public synchronized void start() throws IOException {
    running = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data.resolve("data"))
        .setOverrideWorkingDirectory(data.resolve("bin").toFile()).setCleanDataDirectory(false).start();
  }

  public synchronized void stop() throws IOException {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (IOException ignored) {
      // the JVM is ending
    }
  }
}
