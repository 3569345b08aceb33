import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client of bench/hotspots/run.sh (Java 17, no dependencies; run as {@code java HotspotPlacesBench.java …}).
 *
 * <pre>
 *   get  BASE COOKIE|- PATH WARMUP REQUESTS LABEL   sequential GETs (one client), each must answer 200
 *   save BASE TOKEN COUNT                           saves the COUNT largest hotspots of Båstad as places (201 each)
 * </pre>
 * Each prints one markdown row: what, requests, answer size, p50, p95, p99, max.
 */
public class HotspotPlacesBench {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "get" -> get(a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]), a[6]);
      case "save" -> save(a[1], a[2], Integer.parseInt(a[3]));
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  static void get(String base, String cookie, String path, int warmup, int requests, String label) throws Exception {
    double[] ms = new double[requests];
    int size = 0;
    for (int i = -warmup; i < requests; i++) {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
      if (!cookie.equals("-")) {
        r.header("Cookie", cookie);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
      double took = (System.nanoTime() - t0) / 1e6;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + ": " + answer.statusCode());
      }
      if (i >= 0) {
        ms[i] = took;
        size = answer.body().length();
      }
    }
    row(label, requests, size + " chars", ms);
  }

  static void save(String base, String token, int count) throws Exception {
    HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base
        + "/api/v1/hotspots?municipality=1278&limit=" + count)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"(H-[A-Z]?\\d+)\"").matcher(list.body());
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    double[] ms = new double[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/hotspots/" + ids.get(i) + "/places"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench " + ids.get(i) + "\"}")).build();
      long t0 = System.nanoTime();
      HttpResponse<String> answer = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (answer.statusCode() != 201) {
        throw new IllegalStateException("POST " + ids.get(i) + ": " + answer.statusCode() + " " + answer.body());
      }
    }
    row("POST /api/v1/hotspots/{id}/places: the " + ids.size() + " largest hotspots saved as places", ids.size(),
        "201 `{placeId}`", ms);
  }

  static void row(String label, int n, String answer, double[] ms) {
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.1f |%n", label, n, answer,
        at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
  }

  static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
