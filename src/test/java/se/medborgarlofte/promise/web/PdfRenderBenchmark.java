package se.medborgarlofte.promise.web;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.medborgarlofte.MedborgarlofteApplication;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.pdf.PdfDocuments;
import se.medborgarlofte.support.People;

/**
 * How long a fresh PDF render of a published promise takes, bypassing the kept bytes: exactly what
 * {@code PromisePageController.pdf} does on a cache miss (document model, then {@code PdfDocuments}: Thymeleaf, jsoup, openhtmltopdf),
 * timed N times in one JVM. Not a test: speed lives in benchmarks. Run with {@code bench/pdf-render.sh}.
 *
 * <p>The application starts with the test database ({@code TestDatabase}, from the test classpath's spring.factories:
 * an embedded PostgreSQL in target/, or {@code TEST_DATABASE_URL}) on a random port. The promise is the Båstad demo
 * text with its 12 commitments, signed by both parties and published.
 */
public final class PdfRenderBenchmark {

  private PdfRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    SpringApplication app = new SpringApplication(MedborgarlofteApplication.class);
    app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
    // system properties, so they win over the test config/application.properties (which also turns demo data off)
    System.setProperty("server.port", "0");
    System.setProperty("medborgarlofte.data-dir", "target/bench-pdf-data");
    System.setProperty("logging.level.root", "ERROR");
    System.setProperty("logging.level.se.medborgarlofte", "ERROR");
    int status = 0;
    try (ConfigurableApplicationContext context = app.run()) {
      run(context, runs);
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void run(ConfigurableApplicationContext context, int runs) throws Exception {
    PromiseManagement promises = context.getBean(PromiseManagement.class);
    long lpo = context.getBean(LocalPoliceAreas.class).findId("Syd", "Ängelholm").orElseThrow();
    Member admin = context.getBean(People.class).admin();

    Promise p = promises.draft(admin, demo("bastad", Draft.class, lpo));
    @SuppressWarnings("unchecked")
    List<CommitmentInput> commitments = (List<CommitmentInput>) demo("bastadCommitments", List.class);
    for (CommitmentInput c : commitments) {
      promises.addCommitment(admin, p.id(), c);
    }
    People people = context.getBean(People.class);
    promises.sign(people.coordinator("1278"), p.id(), new SignatureInput(Party.MUNICIPALITY, "Karl Kommunsson",
        "Kommunstyrelsens ordförande", java.time.LocalDate.of(2026, 1, 10), "Båstad"));
    promises.sign(people.police(lpo), p.id(), new SignatureInput(Party.POLICE, "Åsa Öberg", "Lokalpolisområdeschef",
        java.time.LocalDate.of(2026, 1, 10), "Ängelholm"));
    promises.publish(admin, p.id());
    Promise published = promises.published(p.id()).orElseThrow();
    int count = published.published().orElseThrow().commitments().size();

    DocumentModel documents = context.getBean(DocumentModel.class);
    PdfDocuments pdf = context.getBean(PdfDocuments.class);
    Locale locale = Locale.forLanguageTag("sv");
    String title = published.published().orElseThrow().text().title();

    long[] total = new long[runs];
    long[] view = new long[runs];
    long[] convert = new long[runs];
    byte[] last = null;
    for (int i = 0; i < runs; i++) {
      // a fresh model each time, as a cache miss in the controller gets
      long t0 = System.nanoTime();
      Map<String, Object> model = new HashMap<>(documents.of(published, published.published().orElseThrow(), false,
          locale));
      long t1 = System.nanoTime();
      last = pdf.render(PromisePageController.PDF, model, locale, title);
      long t2 = System.nanoTime();
      total[i] = t2 - t0;
      view[i] = t1 - t0;
      convert[i] = t2 - t1;
    }
    Path out = Path.of("target", "pdf-render-benchmark.pdf");
    Files.write(out, last);

    System.out.printf("PDF render of a published promise with %d commitments (%d bytes, kept in %s), %d renders%n",
        count, last.length, out, runs);
    System.out.printf("first render: %.1f ms (model %.1f + template and PDF %.1f)%n", ms(total[0]), ms(view[0]), ms(convert[0]));
    System.out.println("after the first (" + (runs - 1) + " renders):");
    System.out.println("| part | median ms | p95 ms | max ms |");
    System.out.println("|---|---:|---:|---:|");
    row("total (model + template + PDF)", total);
    row("model", view);
    row("template and PDF (PdfDocuments)", convert);
    StringBuilder all = new StringBuilder();
    for (long t : total) {
      all.append(all.isEmpty() ? "" : " ").append(Math.round(ms(t)));
    }
    System.out.println();
    System.out.println("every render in order, total ms: " + all);
  }

  private static <T> T demo(String method, Class<T> type, Object... args) throws Exception {
    Class<?> texts = Class.forName("se.medborgarlofte.promise.DemoTexts");
    Method m = args.length == 0 ? texts.getDeclaredMethod(method) : texts.getDeclaredMethod(method, long.class);
    m.setAccessible(true);
    return type.cast(m.invoke(null, args));
  }

  private static void row(String label, long[] samples) {
    List<Long> rest = new ArrayList<>();
    for (int i = 1; i < samples.length; i++) {
      rest.add(samples[i]);
    }
    rest.sort(null);
    System.out.printf("| %s | %.1f | %.1f | %.1f |%n", label, ms(percentile(rest, 50)), ms(percentile(rest, 95)),
        ms(rest.get(rest.size() - 1)));
  }

  /** Nearest-rank percentile. */
  private static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
