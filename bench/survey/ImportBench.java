import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a contractor-style answer file (one line per respondent: serial number, weight, area, 15 problem items
 * 0–3 with 9 for "don't know", 5 victimisation items 1/2) into a fresh draft round through the API, as a kommun
 * would, and times it from the first byte sent to the import being DONE (the round closed with its figures).
 *
 *   java ImportBench.java BASE PASSWORD RESPONSES AREAS LABEL
 *
 * Prints one markdown table row.
 */
public class ImportBench {

  static final String[] PROBLEMS = {"P_LITTERING", "P_VANDALISM", "P_BURGLARY", "P_BIKE_THEFT", "P_CAR_CRIME",
      "P_DRUGS_OPEN", "P_SPEEDING", "P_RECKLESS_DRIVING", "P_DISORDERLY", "P_LIGHTING", "P_YOUTH_GANGS", "P_ASSAULT",
      "P_THREATS", "P_FRAUD", "P_UNSAFE_PLACES"};
  static final String[] VICTIM = {"V_VANDALISM", "V_THREAT", "V_THEFT", "V_BURGLARY", "V_ASSAULT"};

  static final HttpClient http = HttpClient.newHttpClient();
  static String auth;

  public static void main(String[] args) throws Exception {
    String base = args[0];
    auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
    int responses = Integer.parseInt(args[2]);
    int areas = Integer.parseInt(args[3]);
    String label = args.length > 4 ? args[4] : "";
    Path file = Files.createTempFile("answers", ".csv");
    write(file, responses, areas);
    long round = round(base, areas);
    String mapping = mapping();
    String boundary = UUID.randomUUID().toString();
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
        HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n"
            + "Content-Type: application/json\r\n\r\n" + mapping + "\r\n--" + boundary + "\r\nContent-Disposition: "
            + "form-data; name=\"file\"; filename=\"svar.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
        HttpRequest.BodyPublishers.ofFile(file),
        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/surveys/" + round
        + "/answers/imports")).header("Authorization", auth)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
        HttpResponse.BodyHandlers.ofString());
    long acknowledged = System.nanoTime();
    if (r.statusCode() != 201 && r.statusCode() != 202) {
      throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
    }
    String location = r.headers().firstValue("Location").orElseThrow();
    String status = field(r.body(), "status");
    while ("RUNNING".equals(status)) {
      Thread.sleep(100);
      r = http.send(HttpRequest.newBuilder(URI.create(base + location)).header("Authorization", auth).build(),
          HttpResponse.BodyHandlers.ofString());
      status = field(r.body(), "status");
    }
    long done = System.nanoTime();
    if (!"DONE".equals(status)) {
      throw new IllegalStateException("import ended " + status + ": " + r.body());
    }
    String stored = field(get(base, "/api/v1/surveys/" + round), "responses");
    double seconds = (done - start) / 1e9;
    System.out.printf("| %s | %,d | %,d | %.1f | %d | %.1f | %.1f | %,.0f | %,.0f | %s |%n", label, responses,
        responses * 20L, Files.size(file) / 1e6, (acknowledged - start) / 1_000_000, seconds,
        (done - acknowledged) / 1e9, responses / seconds, responses * 20 / seconds,
        stored.equals(String.valueOf(responses)) ? "yes (" + stored + ")" : "NO: " + stored);
    Files.delete(file);
  }

  static void write(Path file, int responses, int areas) throws Exception {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder("lopnr;vikt;omrade");
      for (int i = 1; i <= 20; i++) {
        header.append(";f").append(i);
      }
      out.write(header.append('\n').toString());
      StringBuilder line = new StringBuilder(80);
      for (int n = 0; n < responses; n++) {
        line.setLength(0);
        line.append(n + 1).append(";1,").append(random.nextInt(10)).append(";A").append(random.nextInt(areas));
        for (int i = 0; i < 15; i++) {
          int v = random.nextInt(12);
          line.append(';').append(v < 10 ? String.valueOf(v % 4) : v == 10 ? "9" : "");
        }
        for (int i = 0; i < 5; i++) {
          line.append(';').append(random.nextInt(6) == 0 ? "1" : "2");
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  static String mapping() {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      columns.add("{\"column\":\"f" + (i + 1) + "\",\"item\":\"" + PROBLEMS[i] + "\"}");
    }
    for (int i = 0; i < 5; i++) {
      columns.add("{\"column\":\"f" + (i + 16) + "\",\"item\":\"" + VICTIM[i] + "\",\"values\":{\"1\":\"YES\","
          + "\"2\":\"NO\"}}");
    }
    return "{\"areaColumn\":\"omrade\",\"dontKnow\":[\"9\"],\"columns\":[" + String.join(",", columns) + "]}";
  }

  static long round(String base, int areas) throws Exception {
    Matcher t = Pattern.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"code\"\\s*:\\s*\"standard\"")
        .matcher(get(base, "/api/v1/survey-templates"));
    if (!t.find()) {
      throw new IllegalStateException("no standard template");
    }
    StringBuilder a = new StringBuilder();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < areas; i++) {
      a.append(i == 0 ? "" : ",").append("{\"code\":\"A").append(i).append("\",\"name\":\"Importområde ").append(i)
          .append(' ').append(suffix).append("\"}");
    }
    String json = "{\"templateId\":" + t.group(1) + ",\"municipalityCode\":\"1278\",\"title\":\"Postenkät "
        + suffix + "\",\"opensOn\":\"2019-03-01\",\"closesOn\":\"2019-04-30\",\"mode\":\"OPEN\",\"areas\":[" + a
        + "]}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/surveys"))
        .header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("round: " + r.statusCode() + " " + r.body());
    }
    return Long.parseLong(field(r.body(), "id"));
  }

  static String get(String base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
    return m.find() ? m.group(1) : null;
  }
}
