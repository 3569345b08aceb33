package se.medborgarlofte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the packaged app while a client streams API writes: after a restart every write that was
 * acknowledged (201) is there exactly once, and the embedded PostgreSQL the dead JVM left running is taken over
 * cleanly. Runs the real jar ({@code target/medborgarlofte.jar}): named *IT so failsafe runs it after the package
 * phase has built the jar.
 */
class CrashRecoveryIT {

  static final String PASSWORD = "crash-test-admin-password";
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  Process app;
  Path data;
  int port;

  @AfterEach
  void stopApp() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroy();
      app.waitFor();
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKillMinus9ExactlyOnce() throws Exception {
    File jar = new File("target/medborgarlofte.jar");
    assertThat(jar).as("the packaged app; run the Maven package phase first (bin/test does)").exists();
    data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
    port = freePort();
    app = start(jar);

    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread writer = new Thread(() -> {
      int n = 0;
      while (writing.get()) {
        String name = "Krasch " + n++;
        try {
          HttpResponse<String> r = http.send(post("/api/v1/local-police-areas",
              "{\"name\":\"" + name + "\",\"policeRegion\":\"Nord\"}"), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 201) {
            acknowledged.add(name);
          }
        } catch (IOException | InterruptedException e) {
          // the app died mid-request: this write was never acknowledged
        }
      }
    });
    writer.start();
    long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
    while (System.nanoTime() < until || acknowledged.size() < 5) {
      Thread.sleep(50);
    }
    app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop of the database
    app.waitFor();
    writing.set(false);
    writer.join();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);

    app = start(jar);
    HttpResponse<String> all = http.send(HttpRequest.newBuilder(uri("/api/v1/local-police-areas")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(all.statusCode()).isEqualTo(200);
    for (String name : acknowledged) {
      int count = all.body().split("\"name\":\"" + name + "\"", -1).length - 1;
      assertThat(count).as(name + " stored exactly once").isEqualTo(1);
    }
  }

  private Process start(File jar) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
        jar.getAbsolutePath()).redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    pb.environment().put("MEDBORGARLOFTE_DATA_DIR", data.toString());
    pb.environment().put("MEDBORGARLOFTE_ADMIN_PASSWORD", PASSWORD);
    pb.environment().put("MEDBORGARLOFTE_DEMO_DATA", "false");
    pb.environment().remove("SPRING_DATASOURCE_URL");
    Process p = pb.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("the app is running; see " + data.resolve("app.log")).isTrue();
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.body().contains("\"UP\"")) {
          return p;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the app did not become healthy in 180 s; see " + data.resolve("app.log"));
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
