package se.medborgarlofte.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.medborgarlofte.organisation.Member;

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

  /** Signs in through the real login form and lands on the workspace start page, checked by axe. */
  protected Page signIn(String username, String password, boolean javaScript) {
    Page page = browser.newPage(javaScript);
    Browser.visit(page, url("/login"));
    page.getByLabel("Användarnamn").fill(username);
    page.getByLabel("Lösenord").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    assertThat(page.url()).endsWith("/admin");
    Browser.assertAccessible(page);
    return page;
  }

  protected Page signIn(Member member, boolean javaScript) {
    return signIn(member.getUsername(), People.PASSWORD, javaScript);
  }

  /** The first admin of the test configuration. */
  protected Page signInAsAdmin(boolean javaScript) {
    return signIn("admin", "admin-password-for-tests", javaScript);
  }
}
