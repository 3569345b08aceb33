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

  /**
   * A crime-statistics import acknowledged with 202 (running in the background) when the app is killed: after the
   * restart it runs again from its spooled file and ends DONE with every row, once.
   */
  @Test
  void anAcknowledgedBackgroundImportFinishesAfterAKillMinus9() throws Exception {
    File jar = new File("target/medborgarlofte.jar");
    assertThat(jar).as("the packaged app; run the Maven package phase first (bin/test does)").exists();
    data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-import-");
    port = freePort();
    // No wait: every import is answered 202 at once, so the kill comes while it runs.
    app = start(jar, "--medborgarlofte.crimestats.import-wait=PT0S");
    StringBuilder csv = new StringBuilder("status;period;area_code;crime_type;count\n");
    int rows = 0;
    for (int year = 1990; year < 2015; year++) {
      for (int month = 1; month <= 12; month++) {
        for (String type : new String[] {"TOTAL", "THEFT", "RESIDENTIAL_BURGLARY", "VEHICLE_THEFT", "VANDALISM",
            "GRAFFITI", "ASSAULT", "THREATS", "DRUGS", "TRAFFIC", "FRAUD"}) {
          for (String area : SKANE) {
            csv.append("FINAL;").append(year).append('-').append(month < 10 ? "0" : "").append(month).append(';')
                .append(area).append(';').append(type).append(';').append(rows % 97).append('\n');
            rows++;
          }
        }
      }
    }
    HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(uri("/api/v1/crime-statistics/imports"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/csv").header("Authorization", basic())
        .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Thread.sleep(300);
    app.destroyForcibly();
    app.waitFor();

    app = start(jar);
    String status = "";
    for (int i = 0; i < 600 && !status.contains("\"DONE\""); i++) {
      Thread.sleep(200);
      status = http.send(HttpRequest.newBuilder(uri(location)).header("Authorization", basic()).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    }
    assertThat(status).contains("\"status\":\"DONE\"", "\"rows\":" + rows);
    HttpResponse<String> figures = http.send(HttpRequest.newBuilder(uri(
        "/api/v1/crime-statistics?area=1285&crimeType=DRUGS&from=1990-01&to=2014-12")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(figures.body().split("\"period\"", -1).length - 1).isEqualTo(25 * 12);
  }

  /** Skåne's 33 kommuner: with 11 types and 300 months, 108 900 rows (3 MB), seconds of work to kill midway. */
  private static final String[] SKANE = {"1214", "1230", "1231", "1233", "1256", "1257", "1260", "1261", "1262",
      "1263", "1264", "1265", "1266", "1267", "1270", "1272", "1273", "1275", "1276", "1277", "1278", "1280", "1281",
      "1282", "1283", "1284", "1285", "1286", "1287", "1290", "1291", "1292", "1293"};

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private Process start(File jar, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
        jar.getAbsolutePath()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("app.log").toFile());
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
