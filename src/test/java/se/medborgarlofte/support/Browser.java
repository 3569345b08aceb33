package se.medborgarlofte.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real headless Chromium (Debian's, at /usr/bin/chromium) driven by Playwright, with axe-core run on every page a
 * test visits. The test command installs Chromium; if it is missing here, the test fails and says so.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
  private static final String AXE = loadAxe();

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  public Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("Chromium not found at " + CHROMIUM
          + ": run the test command bin/test (it installs it with apt), or apt-get install -y chromium");
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
  }

  private static final java.util.Set<Page> WITHOUT_SCRIPT =
      java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

  /** A fresh browser context (its own cookies), with or without JavaScript. */
  public Page newPage(boolean javaScript) {
    BrowserContext context = browser.newContext(new NewContextOptions().setJavaScriptEnabled(javaScript)
        .setLocale("sv-SE").setBypassCSP(true));
    Page page = context.newPage();
    if (!javaScript) {
      WITHOUT_SCRIPT.add(page);
    }
    return page;
  }

  /**
   * Runs axe-core on the page and fails on any violation, naming rule, impact and the first offending nodes. axe is
   * itself a script, so for a page opened with JavaScript off the same HTML (same URL base, so the same styles) is
   * checked in a script-enabled context.
   */
  @SuppressWarnings("unchecked")
  public static void assertAccessible(Page page) {
    Page checked = page;
    boolean temporary = false;
    if (WITHOUT_SCRIPT.contains(page)) {
      BrowserContext jsContext = page.context().browser().newContext(new NewContextOptions().setJavaScriptEnabled(true)
          .setBypassCSP(true));
      checked = jsContext.newPage();
      java.net.URI uri = java.net.URI.create(page.url());
      String base = uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
      checked.setContent(page.content().replaceFirst("<head>", "<head><base href=\"" + base + "\">"));
      temporary = true;
    }
    try {
      checked.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
      List<Map<String, Object>> violations = (List<Map<String, Object>>) checked.evaluate("""
          async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
            resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))""");
      assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
    } finally {
      if (temporary) {
        checked.context().close();
      }
    }
  }

  /** Opens a URL and checks it with axe; returns the page for further assertions. */
  public static Page visit(Page page, String url) {
    page.navigate(url);
    assertThat(page.url()).as("landed on the page asked for, not a redirect").startsWith(url.split("\\?")[0]);
    assertAccessible(page);
    return page;
  }

  private static String loadAxe() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js missing from src/test/resources: run bin/test, which fetches it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
