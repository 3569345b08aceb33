import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The survey benchmarks against a running packaged jar (see bench/survey/run.sh). Single-file Java, no dependencies
 * but the PostgreSQL driver (for loading 10 million answers and timing the bare GROUP BY).
 *
 * <pre>
 *   java -cp postgresql.jar SurveyBench.java submit  BASE ADMIN_PASSWORD RATE SECONDS
 *   java -cp postgresql.jar SurveyBench.java indicators BASE ADMIN_PASSWORD JDBC_URL RESPONSES AREAS
 *   java -cp postgresql.jar SurveyBench.java page BASE PATH SECONDS CONCURRENCY
 * </pre>
 */
public class SurveyBench {

  // Daemon threads: a failed run must end the JVM, not leave the client's pool waiting forever.
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
      })).build();

  public static void main(String[] args) throws Exception {
    // The HTTP client's threads must not keep a finished run alive.
    try {
      switch (args[0]) {
        case "submit" -> submit(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        case "indicators" -> indicators(args[1], args[2], args[3], Integer.parseInt(args[4]),
            Integer.parseInt(args[5]));
        case "page" -> page(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        default -> throw new IllegalArgumentException(args[0]);
      }
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static String basic(String password) {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> call(String method, String url, String auth, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(600))
        .header("Content-Type", "application/json");
    if (auth != null) {
      b.header("Authorization", auth);
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
    }
    return r;
  }

  static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  static long standardTemplate(String base) throws Exception {
    String body = call("GET", base + "/api/v1/survey-templates", null, null).body();
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"code\"\\s*:\\s*\"standard\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no standard template");
    }
    return Long.parseLong(m.group(1));
  }

  /** An open round of the standard template in Båstad, with {@code areas} areas. */
  static long openRound(String base, String auth, String title, int areas) throws Exception {
    StringBuilder a = new StringBuilder();
    for (int i = 1; i <= areas; i++) {
      a.append(i == 1 ? "" : ",").append("{\"code\":\"A").append(i).append("\",\"name\":\"").append(title)
          .append(" område ").append(i).append("\"}");
    }
    String json = "{\"templateId\":" + standardTemplate(base) + ",\"municipalityCode\":\"1278\",\"title\":\"" + title
        + "\",\"opensOn\":\"2020-01-01\",\"closesOn\":\"2099-12-31\",\"mode\":\"OPEN\",\"areas\":[" + a + "]}";
    long id = number(call("POST", base + "/api/v1/surveys", auth, json).body(), "id");
    call("POST", base + "/api/v1/surveys/" + id + "/open", auth, null);
    return id;
  }

  static final String[] ITEMS = {"P_LITTERING", "P_VANDALISM", "P_BURGLARY", "P_BIKE_THEFT", "P_CAR_CRIME",
      "P_DRUGS_OPEN", "P_SPEEDING", "P_RECKLESS_DRIVING", "P_DISORDERLY", "P_LIGHTING", "P_YOUTH_GANGS",
      "P_ASSAULT", "P_THREATS", "P_FRAUD", "P_UNSAFE_PLACES", "S_EVENING", "T_POLICE_CARE", "T_POLICE_REACH",
      "T_KOMMUN_CARE", "B_AGE"};
  static final String[] SCALE = {"NONE", "SMALL", "FAIRLY", "BIG", "DK"};

  /**
   * Open-loop submissions at a fixed rate: each request is due at its slot, and its latency is counted from the
   * slot, not from when it was sent, so a stalled server cannot hide its queue (no coordinated omission). The client
   * is plain HTTP/1.1 on {@link #CONNECTIONS} kept-alive sockets (as many browsers would hold), one thread each:
   * the JDK's HttpClient cost more CPU per request than the server's answer, on the same two cores.
   */
  static final int CONNECTIONS = 64;

  static void submit(String base, String password, int rate, int seconds) throws Exception {
    String auth = basic(password);
    long round = openRound(base, auth, "Bench submit " + UUID.randomUUID().toString().substring(0, 6), 10);
    URI uri = URI.create(base);
    String path = "/api/v1/surveys/" + round + "/responses";
    int total = rate * seconds;
    String[] bodies = new String[total];
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < total; i++) {
      StringBuilder answers = new StringBuilder();
      for (String item : ITEMS) {
        String option = item.equals("B_AGE") ? "25_44" : SCALE[random.nextInt(SCALE.length)];
        if (item.startsWith("T_") && option.equals("BIG")) {
          option = "FULLY";
        } else if (item.startsWith("T_")) {
          option = "NO";
        }
        answers.append(answers.length() == 0 ? "" : ",").append('"').append(item).append("\":\"").append(option)
            .append('"');
      }
      bodies[i] = "{\"submissionId\":\"" + UUID.randomUUID() + "\",\"area\":\"A" + (1 + random.nextInt(10))
          + "\",\"answers\":{" + answers + "}}";
    }
    long[] latency = new long[total];
    java.util.Arrays.fill(latency, Long.MAX_VALUE / 2); // never answered counts as the worst
    AtomicLong acknowledged = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    long start = System.nanoTime() + 200_000_000L;
    long[] lastSent = new long[CONNECTIONS];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      final int conn = c;
      Thread t = new Thread(() -> {
        KeptAliveConnection connection = null;
        int i;
        while ((i = next.getAndIncrement()) < total) {
          long due = start + (long) i * 1_000_000_000L / rate;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
          }
          lastSent[conn] = System.nanoTime();
          try {
            if (connection == null) {
              connection = new KeptAliveConnection(uri.getHost(), uri.getPort());
            }
            int status = connection.post(path, bodies[i]);
            latency[i] = System.nanoTime() - due;
            if (connection.closed) {
              connection.close();
              connection = null;
            }
            if (status == 201) {
              acknowledged.incrementAndGet();
            } else {
              failed.incrementAndGet();
            }
          } catch (Exception e) {
            failed.incrementAndGet();
            latency[i] = System.nanoTime() - due;
            if (connection != null) {
              connection.close();
            }
            connection = null;
          }
        }
        if (connection != null) {
          connection.close();
        }
      });
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(seconds + 180L));
    }
    long sent = java.util.Arrays.stream(lastSent).max().orElse(start);
    double elapsed = (System.nanoTime() - start) / 1e9;
    long stored = number(call("GET", base + "/api/v1/surveys/" + round, auth, null).body(), "responses");
    Arrays.sort(latency);
    System.out.printf("| %d/s × %d s | %d | %d | %d | %.0f/s | %.1f | %.1f | %.1f | %.1f | %s |%n", rate, seconds,
        total, acknowledged.get(), stored, acknowledged.get() / elapsed, ms(latency, 0.50), ms(latency, 0.95),
        ms(latency, 0.99), latency[latency.length - 1] / 1e6,
        stored == acknowledged.get() && failed.get() == 0 ? "yes" : "NO (" + failed.get() + " failed)");
    System.err.printf("sending took %.1f s for %d s planned; the client used %.1f s of CPU%n", (sent - start) / 1e9,
        seconds, ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
    System.exit(0);
  }

  /** One kept-alive HTTP/1.1 connection: a POST with a JSON body, the status, the body read and dropped. */
  static final class KeptAliveConnection {
    final java.net.Socket socket;
    final java.io.OutputStream out;
    final java.io.InputStream in;
    final String host;
    boolean closed;

    KeptAliveConnection(String host, int port) throws java.io.IOException {
      this.host = host + ":" + port;
      socket = new java.net.Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
      in = new java.io.BufferedInputStream(socket.getInputStream(), 4096);
    }

    int post(String path, String json) throws java.io.IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
          + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
          skip(size);
          line();
        }
        line();
      } else if (length > 0) {
        skip(length);
      }
      // Tomcat closes a kept-alive connection after 100 requests (maxKeepAliveRequests): open the next one then.
      closed = close;
      return status;
    }

    private void skip(long n) throws java.io.IOException {
      while (n > 0) {
        long s = in.skip(n);
        if (s <= 0) {
          if (in.read() < 0) {
            throw new java.io.EOFException();
          }
          s = 1;
        }
        n -= s;
      }
    }

    private String line() throws java.io.IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException();
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (java.io.IOException ignored) {
        // closing after a failure
      }
    }
  }

  static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /**
   * 10 million answers straight into the app's database (responses × 20 items over the areas, in the app's own
   * layout) and the same answers as rows in a plain table; then the bare GROUP BY mean and count over the rows, the
   * app's own computation of every indicator (closing the round through the API, which computes and keeps them),
   * and the bare GROUP BY again.
   */
  static void indicators(String base, String password, String jdbcUrl, int responses, int areas) throws Exception {
    String auth = basic(password);
    long round = openRound(base, auth, "Bench indicators", areas);
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      long t0 = System.nanoTime();
      StringBuilder items = new StringBuilder();
      for (String item : ITEMS) {
        items.append(items.length() == 0 ? "" : ",").append("'").append(item).append("'");
      }
      // The round's template, item by item: position (0-based) and number of options.
      c.createStatement().execute("""
          create temporary table bench_item as
          select cast(i.ord - 1 as int) as pos, i.item ->> 'code' as code, jsonb_array_length(i.item -> 'options') as options,
                 i.item ->> 'code' in (%s) as answered
          from survey_round r join survey_template t on t.id = r.template_id,
               jsonb_array_elements(t.items) with ordinality as i(item, ord)
          where r.id = %d""".formatted(items, round));
      // Responses as the app stores them (AnswerStore): one byte per item of the template, the number of the
      // option chosen at random among the item's options ("don't know" included), 0 for the items not in ITEMS.
      c.createStatement().execute("""
          insert into survey_response (id, round_id, area_code, answers)
          select gen_random_uuid(), %d, 'A' || (1 + (g %% %d)),
                 (select decode(string_agg(lpad(to_hex(case when i.answered and g > 0
                                                          then 1 + floor(random() * i.options)::int else 0 end), 2, '0'),
                                           '' order by i.pos), 'hex')
                  from bench_item i)
          from generate_series(1, %d) g""".formatted(round, areas, responses));
      c.createStatement().execute("analyze survey_response");
      long loaded = (System.nanoTime() - t0) / 1_000_000;
      // The same answers as rows, in a plain table with the index answers had when they were stored as rows: the
      // fastest a bare GROUP BY over the answers can be, the reference the issue asks for.
      long t2 = System.nanoTime();
      c.createStatement().execute("drop table if exists bench_answer");
      c.createStatement().execute("""
          create table bench_answer (response_id uuid not null, round_id bigint not null, area_code varchar(40),
                                     item_code varchar(40) not null, option_code varchar(40) not null,
                                     value double precision)""");
      c.createStatement().execute("""
          create temporary table bench_option as
          select i.pos, cast(o.ord as int) as number, o.opt ->> 'code' as code,
                 cast(o.opt ->> 'value' as double precision) as value
          from survey_round r join survey_template t on t.id = r.template_id
          join bench_item i on true,
               jsonb_array_elements(t.items -> i.pos -> 'options') with ordinality as o(opt, ord)
          where r.id = %d""".formatted(round));
      c.createStatement().execute("""
          insert into bench_answer
          select r.id, r.round_id, r.area_code, i.code, o.code, o.value
          from survey_response r cross join bench_item i
          join bench_option o on o.pos = i.pos and o.number = get_byte(r.answers, i.pos)
          where r.round_id = %d and i.answered""".formatted(round));
      c.createStatement().execute("create index on bench_answer (round_id, area_code, item_code)");
      c.createStatement().execute("analyze bench_answer");
      ResultSet rs = c.createStatement().executeQuery("select count(*) from bench_answer where round_id = " + round);
      rs.next();
      long rows = rs.getLong(1);
      System.err.printf("loaded %d responses in %d ms; the same %d answers as rows in %d ms%n", responses, loaded,
          rows, (System.nanoTime() - t2) / 1_000_000);
      String bare = "select round_id, area_code, item_code, avg(value), count(value) from bench_answer "
          + "where round_id = " + round + " group by round_id, area_code, item_code";
      long bare1 = time(c, bare);
      long bare2 = time(c, bare);
      long t1 = System.nanoTime();
      call("POST", base + "/api/v1/surveys/" + round + "/close", auth, null);
      long ours = (System.nanoTime() - t1) / 1_000_000;
      long bare3 = time(c, bare);
      long median = new long[] {bare1, bare2, bare3}[0];
      long[] b = {bare1, bare2, bare3};
      Arrays.sort(b);
      median = b[1];
      System.out.printf("| %d | %d | %d, %d, %d | %d | %d | %.2f× |%n", rows, areas, bare1, bare2, bare3, median, ours,
          ours / (double) median);
    }
  }

  static long time(Connection c, String sql) throws Exception {
    long t = System.nanoTime();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
    return (System.nanoTime() - t) / 1_000_000;
  }

  /** Closed-loop GETs of one page by {@code concurrency} clients for {@code seconds}, after as long a warm-up. */
  static void page(String base, String path, int seconds, int concurrency) throws Exception {
    for (int pass = 0; pass < 2; pass++) {
      List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      var pool = Executors.newFixedThreadPool(concurrency);
      for (int t = 0; t < concurrency; t++) {
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            long s = System.nanoTime();
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
              throw new IllegalStateException(path + " -> " + r.statusCode());
            }
            latencies.add(System.nanoTime() - s);
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
      if (pass == 1) {
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("| `%s` | %d | %.0f/s | %.1f | %.1f | %.1f |%n", path, l.length, l.length / (double) seconds,
            ms(l, 0.5), ms(l, 0.95), ms(l, 0.99));
      }
    }
  }
}
