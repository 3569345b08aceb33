package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * A promise with a third party through the real forms, with JavaScript off and axe on every page: a coordinator of
 * Båstad drafts it with Kustbevakningen as a party, an area and a period by months, adds a joint item, an item of
 * Kustbevakningen's own (to look into something, not to do it) and one owned by the police and Kustbevakningen
 * together with a quantified target; the coordinator records the kommun's and Kustbevakningen's paper signatures and
 * the police its own; a citizen reads it grouped by owners, and finds it on the kommun page with its area.
 */
class PromisePartiesJourneyTests extends JourneyTest {

  @Autowired People people;

  static final String JOINT = "Vi håller trygghetsvandringar i hamnen med båtägarna";
  static final String COAST_GUARD = "Kustbevakningen ser över möjligheten till kvällspatruller i hamninloppet";
  static final String SHARED = "Polisen och Kustbevakningen kontrollerar båttrafiken";

  @Test
  void aCoordinatorDraftsAPromiseWithAThirdPartyAndACitizenReadsItByOwners() {
    Member coordinator = people.coordinator("1278");
    Member police = people.police(people.angelholm());
    int year = LocalDate.now().getYear() + 1;
    String title = "Trygg hamn " + PromiseFixtures.unique();

    Page kommun = signIn(coordinator, false);
    Browser.visit(kommun, url("/admin/loften/nytt"));
    kommun.locator("#municipalityCode").selectOption("1278");
    kommun.locator("#localPoliceAreaId").selectOption(String.valueOf(people.angelholm()));
    kommun.locator("#otherPartyName-0").fill("Kustbevakningen");
    kommun.locator("#otherPartyKey-0").fill("kustbevakningen");
    kommun.locator("#otherPartyKind-0").selectOption("AGENCY");
    kommun.locator("#areas").fill("Båstad hamn");
    kommun.locator("#title").fill(title);
    kommun.locator("#validFrom").fill(year + "-05-01");
    kommun.locator("#validTo").fill((year + 1) + "-05-31");
    kommun.locator("#periodPrecision").selectOption("MONTH");
    kommun.locator("#cat-PUBLIC_DISORDER").check();
    kommun.locator("#introduction").fill("Kommunen, polisen och Kustbevakningen lovar en tryggare hamn.");
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
    assertThat(kommun.locator(".notice").textContent()).contains("Utkastet är skapat");
    String admin = kommun.url().substring(kommun.url().indexOf("/admin/"));
    String id = admin.substring(admin.lastIndexOf('/') + 1);
    Browser.assertAccessible(kommun);

    add(kommun, "JOINT", null, JOINT, null);
    add(kommun, "kustbevakningen", null, COAST_GUARD, "INVESTIGATE");
    kommun.locator("#owner-POLICE").check();
    kommun.locator("#owner-kustbevakningen").check();
    kommun.locator("#quantityAtLeast").fill("6");
    kommun.locator("#quantityUnit").fill("kontroller");
    kommun.locator("#quantityPer").selectOption("MONTH");
    add(kommun, "", null, SHARED, null);

    sign(kommun, "MUNICIPALITY", "Karl Kommun", "Kommunstyrelsens ordförande");
    sign(kommun, "kustbevakningen", "Kerstin Kust", "Stationschef");
    Page polis = signIn(police, false);
    Browser.visit(polis, url(admin));
    sign(polis, "POLICE", "Åsa Öberg", "Lokalpolisområdeschef");
    Browser.visit(kommun, url(admin));
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(kommun.locator(".notice").textContent()).contains("Medborgarlöftet är publicerat");
    Browser.assertAccessible(kommun);

    Page citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften/" + id));
    Locator document = citizen.locator("article.promise-document");
    assertThat(document.locator(".facts").innerText()).contains(
        "Båstads kommun, Lokalpolisområde Ängelholm och Kustbevakningen (myndighet)", "Båstad hamn",
        "maj " + year + " – maj " + (year + 1));
    assertThat(under(citizen, "Tillsammans lovar vi")).containsExactly(JOINT);
    assertThat(under(citizen, "Kustbevakningen lovar")).containsExactly(COAST_GUARD);
    assertThat(under(citizen, "Polisen och Kustbevakningen lovar")).containsExactly(SHARED);
    assertThat(document.innerText()).contains("Vi undersöker möjligheten", "Minst 6 kontroller per månad",
        "Kerstin Kust");

    Browser.visit(citizen, url("/kommuner/1278"));
    // the period starts next year, so the kommun page lists it by year, with its area
    assertThat(citizen.locator(".promise-section li").filter(new Locator.FilterOptions().setHasText(title))
        .innerText()).contains(String.valueOf(year), "(Båstad hamn)");
  }

  private static void add(Page page, String party, String note, String text, String kind) {
    page.locator("#party").selectOption(party);
    page.locator("#text").fill(text);
    if (kind != null) {
      page.locator("#kind").selectOption(kind);
    }
    page.locator("#activityType").selectOption("PATROL_PRESENCE");
    page.locator("#ccat-PUBLIC_DISORDER").check();
    page.locator("#places").fill("Båstad hamn");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till löfte").setExact(true)).click();
    assertThat(page.locator(".notice").textContent()).contains("Löftet är tillagt");
    assertThat(page.locator("#commitment-list").textContent()).contains(text);
    Browser.assertAccessible(page);
  }

  private static void sign(Page page, String party, String name, String title) {
    page.locator("#signParty").selectOption(party);
    page.locator("#signName").fill(name);
    page.locator("#signTitle").fill(title);
    page.locator("#signPlace").fill("Båstad");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera underskrift")).click();
    assertThat(page.locator(".notice").textContent()).contains("Underskriften är registrerad");
    Browser.assertAccessible(page);
  }

  private static java.util.List<String> under(Page page, String heading) {
    Locator h3 = page.locator("article h3").filter(new Locator.FilterOptions()
        .setHasText(java.util.regex.Pattern.compile("^" + heading + "$")));
    assertThat(h3.count()).as("a heading " + heading).isEqualTo(1);
    return h3.locator("xpath=following-sibling::ol[1]").locator(".commitment-text").allTextContents();
  }
}
