import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small client of bench/reports.sh (run as a source file: java bench/ReportsBench.java …).
 *
 * <pre>
 * java ReportsBench.java get BASE PATH WARMUP MEASURED THREADS [ENCODING]  latency percentiles of GET PATH
 *                                                                  (Accept-Encoding: identity unless ENCODING)
 * java ReportsBench.java submit BASE SECONDS THREADS RUN IDS_FILE  POST /api/v1/place-reports for SECONDS;
 *                                                                  the acknowledged ids go to IDS_FILE
 * </pre>
 */
public class ReportsBench {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "get" -> get(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), args.length > 6 ? args[6] : "identity");
      case "submit" -> submit(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4],
          Path.of(args[5]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void get(String base, String path, int warmup, int measured, int threads, String encoding)
      throws Exception {
    // "{day}" in the path becomes a different far-future date on every request, so no answer can come from a cache.
    AtomicLong day = new AtomicLong();
    java.util.function.Supplier<HttpRequest> next = () -> HttpRequest.newBuilder(URI.create(base + path.replace("{day}",
        java.time.LocalDate.of(2100, 1, 1).plusDays(day.incrementAndGet()).toString())))
        .header("Accept-Encoding", encoding).timeout(Duration.ofSeconds(60)).build();
    long bytes = 0;
    for (int i = 0; i < warmup; i++) {
      HttpRequest request = next.get();
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      bytes = r.body().length;
    }
    ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong left = new AtomicLong(measured);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          HttpRequest request = next.get();
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
          times.add((System.nanoTime() - t0) / 1e6);
          if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("GET %s bytes=%d n=%d threads=%d req/s=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f ms%n", path,
        bytes, sorted.size(), threads, sorted.size() / seconds, pct(sorted, .5), pct(sorted, .95), pct(sorted, .99),
        sorted.get(sorted.size() - 1));
    // A row of the markdown table that bench/reports.sh prints at the end.
    System.out.printf("ROW| GET `%s` (%s, %d B) | %d clients, %d requests | %.1f/s | %.1f | %.1f | %.1f | %.1f | "
        + "0 |%n", path, encoding, bytes, threads, sorted.size(), sorted.size() / seconds, pct(sorted, .5),
        pct(sorted, .95), pct(sorted, .99), sorted.get(sorted.size() - 1));
  }

  static void submit(String base, int seconds, int threads, String run, Path idsFile) throws Exception {
    Pattern idPattern = Pattern.compile("\"id\":(\\d+)");
    ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    java.util.concurrent.ConcurrentHashMap<String, AtomicLong> reasons = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicLong sequence = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          long n = sequence.incrementAndGet();
          // Points in a 4.4 × 3.7 km box that lies wholly inside Båstad's boundary (the earlier box, at 12.86–12.92,
          // reached past it: about 3 % of the points were refused with 422, counted as failures).
          double lat = 56.39 + (n % 400) * 0.0001;
          double lon = 12.80 + (n % 300) * 0.0002;
          String body = "{\"municipalityCode\":\"1278\",\"category\":\"speeding\",\"description\":\"" + run + " " + n
              + "\",\"lat\":" + lat + ",\"lon\":" + lon + ",\"email\":\"b" + n + "@example.se\"}";
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/place-reports"))
              .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            times.add((System.nanoTime() - t0) / 1e6);
            Matcher m = idPattern.matcher(r.body());
            if (r.statusCode() == 202 && m.find()) {
              ids.add(m.group(1));
            } else {
              failures.incrementAndGet();
              reasons.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
            }
          } catch (Exception e) {
            failures.incrementAndGet();
            reasons.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicLong())
                .incrementAndGet();
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Files.write(idsFile, ids);
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("POST /api/v1/place-reports threads=%d seconds=%.1f acknowledged=%d failed=%d per-second=%.1f"
        + " p50=%.1f p99=%.1f ms%n", threads, elapsed, ids.size(), failures.get(), ids.size() / elapsed,
        pct(sorted, .5), pct(sorted, .99));
    reasons.forEach((reason, n) -> System.out.println("failed: " + n + " × " + reason));
    System.out.printf("ROW| POST `/api/v1/place-reports` (%d acknowledged) | %d clients, %.0f s | %.1f/s | %.1f | "
        + "%.1f | %.1f | %.1f | %d |%n", ids.size(), threads, elapsed, ids.size() / elapsed, pct(sorted, .5),
        pct(sorted, .95), pct(sorted, .99), sorted.get(sorted.size() - 1), failures.get());
  }

  static double pct(List<Double> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(q * (sorted.size() - 1))));
  }
}
