package se.medborgarlofte.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole app on a random port, one Chromium per test class, and {@link #url}. Pages
 * are checked with {@link Browser#visit} or {@link Browser#assertAccessible}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class JourneyTest {

  protected static Browser browser;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
