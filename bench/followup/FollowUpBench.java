import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow-up benchmarks' client (issue 11), against the running jar through its public API only (a bearer token
 * of the admin). Run by bench/followup/run.sh; prints markdown table rows on stdout, progress on stderr.
 *
 *   seed BASE TOKEN            580 published promises (2 per kommun, 2025, 5 problem categories) and 10 years of
 *                              monthly crime figures for the first kommun and 3 comparison kommuner; prints the id
 *                              of the evaluated promise
 *   evaluation BASE PROMISE COMPARISON N   N timed GETs of the evaluation after N/5 warm-up
 *   import BASE TOKEN PROMISE N            one CSV of N activities, timed (and checked: all stored)
 *   dashboard BASE TOKEN N                 N timed GETs of /api/v1/follow-ups/due after N/5 warm-up
 *   page BASE COOKIE PATH N                N timed GETs of an admin page (the follow-up's report page) with the
 *                                          session cookie of a signed-in admin (name=value), after N/5 warm-up
 */
public class FollowUpBench {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  static final List<String> CATEGORIES = List.of("BURGLARY", "THEFT", "VANDALISM", "VIOLENCE", "DRUGS");
  static final List<String> TYPES = List.of("RESIDENTIAL_BURGLARY", "THEFT", "VEHICLE_THEFT", "VANDALISM",
      "GRAFFITI", "ASSAULT", "THREATS", "DRUGS");

  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "seed" -> seed(a[1], a[2]);
      case "evaluation" -> timed("evaluation of 5 categories, 10 years of monthly figures, 3 comparison kommuner",
          a[1], null, "/api/v1/promises/" + a[2] + "/evaluation?comparison=" + a[3], Integer.parseInt(a[4]));
      case "import" -> importActivities(a[1], a[2], a[3], Integer.parseInt(a[4]));
      case "dashboard" -> timed("due/overdue dashboard of the admin (all 580 promises, 1 160 follow-ups)", a[1],
          a[2], "/api/v1/follow-ups/due", Integer.parseInt(a[3]));
      case "page" -> {
        cookie = a[2];
        timed("the follow-up's admin page after the import (the report beside its activities, drafted from them)",
            a[1], null, a[3], Integer.parseInt(a[4]));
      }
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder r, String token) throws Exception {
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(r.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String post(String base, String token, String path, String json) throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), token);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static String id(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  static void seed(String base, String token) throws Exception {
    HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/municipalities")), null);
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{4})\"").matcher(list.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> made = new ArrayList<>();
    for (String code : codes) {
      for (int k = 0; k < 2; k++) {
        int n = k;
        made.add(pool.submit(() -> promise(base, token, code, n)));
      }
    }
    String first = null;
    for (Future<String> f : made) {
      String id = f.get();
      first = first == null ? id : first;
    }
    pool.shutdown();
    System.err.printf("seeded %d promises for %d kommuner in %.1f s%n", made.size(), codes.size(),
        (System.nanoTime() - t0) / 1e9);
    // 10 years of monthly figures (2016–2025) of the 8 crime types of the 5 categories, for the first kommun and
    // the three after it (the comparison), through the crime-statistics import.
    StringBuilder csv = new StringBuilder("status,period,area_code,crime_type,count,rate_per_100k,note\n");
    for (String code : codes.subList(0, 4)) {
      for (int y = 2016; y <= 2025; y++) {
        for (int mo = 1; mo <= 12; mo++) {
          for (int t = 0; t < TYPES.size(); t++) {
            int count = 5 + (y + mo + t + code.hashCode() & 15);
            csv.append("FINAL,%d-%02d,%s,%s,%d,%d.5,bench\n".formatted(y, mo, code, TYPES.get(t), count, count * 7));
          }
        }
      }
    }
    HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base
        + "/api/v1/crime-statistics/imports")).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv.toString())), token);
    System.err.println("crime figures: " + imported.statusCode() + " " + imported.body().lines().findFirst()
        .orElse(""));
    System.out.println(first + " " + String.join(",", codes.subList(1, 4)));
  }

  static String promise(String base, String token, String code, int n) throws Exception {
    String p = id(post(base, token, "/api/v1/promises", """
        {"municipalityCodes":["%s"],"title":"Bänk %s-%d","validFrom":"2025-01-01","validTo":"2025-12-31",
         "followUpIntervalMonths":6,"problemCategories":%s,"introduction":"Inledning",
         "source":{"url":"https://example.org/%s/%d","title":"Källa %s"}}""".formatted(code, code, n,
        "[\"" + String.join("\",\"", CATEGORIES) + "\"]", code, n, code)));
    post(base, token, "/api/v1/promises/" + p + "/commitments", """
        {"party":"MUNICIPALITY","text":"Trygghetsvandringar i %s","activityType":"SAFETY_WALK",
         "problemCategories":["BURGLARY"]}""".formatted(code));
    post(base, token, "/api/v1/promises/" + p + "/publish", "{\"fromSource\":true}");
    return p;
  }

  static void importActivities(String base, String token, String promise, int n) throws Exception {
    HttpResponse<String> detail = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/promises/" + promise)),
        null);
    Matcher m = Pattern.compile("\"commitments\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
        .matcher(detail.body());
    if (!m.find()) {
      throw new IllegalStateException("no commitment in " + detail.body());
    }
    String commitment = m.group(1);
    StringBuilder csv = new StringBuilder("commitment,type,date,party,place,hours,note,participants,vehiclesChecked\n");
    for (int i = 0; i < n; i++) {
      csv.append(commitment).append(",SAFETY_WALK,2025-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append(",MUNICIPALITY,Plats ").append(i % 50).append(",1.5,,").append(i % 20).append(',').append(i % 7)
          .append('\n');
    }
    byte[] body = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/promises/" + promise
        + "/activities/imports")).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (r.statusCode() != 201) {
      throw new IllegalStateException("import: " + r.statusCode() + " " + r.body().substring(0, Math.min(500,
          r.body().length())));
    }
    System.out.printf("| import of %,d activities (%.1f MB CSV) | 1 | %s | %.2f s | ≤ 10 s |%n", n,
        body.length / 1e6, r.body(), seconds);
  }

  /** A signed-in session's cookie for the admin pages (which take no bearer token). */
  static String cookie;

  static void timed(String what, String base, String token, String path, int n) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    HttpRequest request = builder.build(); // built once: a builder reused would add the header again each time
    for (int i = 0; i < Math.max(1, n / 5); i++) {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
      }
    }
    double[] ms = new double[n];
    int bytes = 0;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " (request " + i + "): " + r.statusCode() + " " + r.body());
      }
      bytes = r.body().length();
    }
    Arrays.sort(ms);
    System.out.printf("| %s | %d | %,d chars | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms | %s |%n", what, n,
        bytes, ms[n / 2], ms[(int) (n * 0.95)], ms[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)], ms[n - 1],
        path.contains("due") ? "p99 ≤ 50 ms" : path.contains("/admin/") ? "none set (compare with the rows above)"
            : "≤ 200 ms");
  }
}
