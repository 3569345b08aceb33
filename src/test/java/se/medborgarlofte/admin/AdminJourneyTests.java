package se.medborgarlofte.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;

/** The admin signs in, creates a user, grants a membership and links an LPO to a kommun; axe on every page. */
class AdminJourneyTests extends JourneyTest {

  @Test
  void loginCreateUserAndGrantAMembershipWithoutJavaScript() {
    Page page = signInAsAdmin(false);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Användare").setExact(true)).first().click();
    Browser.assertAccessible(page);
    String username = "anna-" + UUID.randomUUID().toString().substring(0, 6);
    page.getByLabel("Användarnamn").fill(username);
    page.locator("#displayName").fill("Anna Andersson");
    page.locator("#email").fill("anna@example.se");
    page.locator("#password").fill("ett-langt-losenord");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa användare")).click();
    assertThat(page.locator("h1").textContent()).isEqualTo("Anna Andersson");
    assertThat(page.locator(".notice").textContent()).contains("Användaren är skapad");
    Browser.assertAccessible(page);
    page.locator("#role").selectOption("COORDINATOR");
    page.locator("#municipalityCode").selectOption("1278");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ge roll")).click();
    assertThat(page.locator("table").textContent()).contains("Samordnare", "kommun 1278");
    Browser.assertAccessible(page);
  }

  @Test
  void aFormWithNonsenseShowsAnAccessibleErrorSummary() {
    Page page = signInAsAdmin(false);
    page.navigate(url("/admin/anvandare"));
    page.getByLabel("Användarnamn").fill("Not Valid!");
    page.locator("#displayName").fill("X");
    page.locator("#password").fill("kort-men-12-tecken");
    page.locator("#password").evaluate("e => e.removeAttribute('minlength')");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa användare")).click();
    assertThat(page.locator(".error-summary").textContent()).contains("username");
    Browser.assertAccessible(page);
  }

  @Test
  void anAdminLinksAnLpoToAKommunWithDatesAndSeesItOnTheKommunPage() {
    Page page = signInAsAdmin(true);
    Browser.visit(page, url("/admin/lokalpolisomraden"));
    String name = "Kustlandet " + UUID.randomUUID().toString().substring(0, 4);
    page.locator("#name").fill(name);
    page.locator("#policeRegion").selectOption("Syd");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till").setExact(true)).click();
    assertThat(page.locator("h1").textContent()).contains(name);
    Browser.assertAccessible(page);
    page.locator("#municipalityCode").selectOption("1292");
    page.locator("#validFrom").fill("2024-01-01");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppla")).click();
    assertThat(page.locator("table").textContent()).contains("Ängelholm", "2024-01-01");
    Browser.visit(page, url("/kommuner/1292"));
    assertThat(page.locator("main").textContent()).contains("Lokalpolisområde " + name, "sedan 2024-01-01");
    Browser.visit(page, url("/admin/granskning"));
    assertThat(page.locator("table").textContent()).contains("LPO_LINKED");
  }

  @Test
  void theOtherAdminPagesPassAxe() {
    Page page = signInAsAdmin(false);
    for (String path : new String[] {"/admin/kategorier", "/admin/granskning", "/konto", "/admin/lokalpolisomraden",
        "/admin/kommuner/1278/platser", "/admin?lang=en"}) {
      Browser.visit(page, url(path));
    }
  }
}
