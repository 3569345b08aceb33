package se.medborgarlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;
import se.medborgarlofte.support.People;

/**
 * The whole life of a promise through the real forms, in a real browser, with axe on every page: a coordinator of
 * Båstad drafts (without JavaScript), a police user of LPO Ängelholm adds commitments (with JavaScript and htmx), a
 * signatory of each side signs in the app or a member records a paper signature, it is published, a citizen without
 * JavaScript finds it by searching, reads it and downloads the PDF, then it is revised (the diff shows the change) and
 * extended (the page shows the note).
 */
class PromiseJourneyTests extends JourneyTest {


  @Autowired People people;
  @Autowired LocalPoliceAreas areas;

  static final String MUNICIPALITY_COMMITMENT = "Kommunen åtgärdar belysningen på gångvägarna i Förslöv före vintern";
  static final String POLICE_COMMITMENT = "Polisen genomför tolv trafikkontroller på vägen mot Östra Karup";
  static final String JOINT_COMMITMENT = "Vi håller två trygghetsvandringar i Torekov med boende och näringsidkare";
  static final String REVISED_COMMITMENT = "Polisen besöker högstadieskolan i Båstad varje termin";

  @Test
  void aPromiseIsDraftedSignedPublishedReadRevisedAndExtended() throws Exception {
    long angelholm = people.angelholm();
    Member coordinator = people.coordinator("1278");
    Member police = people.police(angelholm);
    Member municipalitySignatory = people.signatoryForMunicipality("1278");
    Member policeSignatory = people.signatoryForLpo(angelholm);
    String word = uniqueWord();
    String title = "Tryggare Båstad " + word;
    int year = LocalDate.now().getYear() + 1;

    // 1. A coordinator drafts the promise, with JavaScript off: the plain form posts.
    Page kommun = signIn(coordinator, false);
    Browser.visit(kommun, url("/admin/loften"));
    kommun.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nytt medborgarlöfte")).click();
    assertThat(kommun.url()).endsWith("/admin/loften/nytt");
    Browser.assertAccessible(kommun);
    kommun.locator("#municipalityCode").selectOption("1278");
    kommun.locator("#localPoliceAreaId").selectOption(String.valueOf(angelholm));
    kommun.locator("#title").fill(title);
    kommun.locator("#validFrom").fill(year + "-01-01");
    kommun.locator("#validTo").fill(year + "-12-31");
    kommun.locator("#evaluationDate").fill(year + "-12-15");
    kommun.locator("#cat-BURGLARY").check();
    kommun.locator("#cat-TRAFFIC").check();
    kommun.locator("#introduction").fill("Båstads kommun och lokalpolisområde Ängelholm lovar tillsammans.");
    kommun.locator("#problemDescription").fill("Inbrotten i fritidshus ökar.\n\n- Mörka gångvägar\n- Höga hastigheter");
    kommun.locator("#situation").fill("Medborgardialogen visar otrygghet kvällstid på stationen.");
    kommun.locator("#followUpDescription").fill("Vi följer upp varje halvår och redovisar öppet.");
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
    assertThat(kommun.url()).matches(".*/admin/loften/[0-9a-f-]{36}$");
    String id = kommun.url().substring(kommun.url().lastIndexOf('/') + 1);
    String admin = "/admin/loften/" + id;
    assertThat(kommun.locator(".notice").textContent()).contains("Utkastet är skapat");
    assertThat(kommun.locator("h1").textContent()).isEqualTo(title);
    Browser.assertAccessible(kommun);
    addCommitment(kommun, "MUNICIPALITY", MUNICIPALITY_COMMITMENT, "ENVIRONMENT_REVIEW", "BURGLARY", "Förslöv");
    assertThat(kommun.locator("#commitment-list").textContent()).contains(MUNICIPALITY_COMMITMENT);

    // 2. A police user of the LPO finds it in the list and adds commitments, with JavaScript (htmx) on.
    Page polis = signIn(police, true);
    Browser.visit(polis, url("/admin/loften"));
    polis.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(polis.url()).endsWith(admin);
    Browser.assertAccessible(polis);
    addCommitment(polis, "JOINT", JOINT_COMMITMENT, "SAFETY_WALK", "BURGLARY", "Torekov");
    addCommitment(polis, "POLICE", POLICE_COMMITMENT, "TRAFFIC_CONTROL", "TRAFFIC", null);
    assertThat(polis.locator(".smart-warning").first().textContent()).as("a commitment without a place is flagged")
        .contains("Ingen plats");
    // htmx moves the police commitment up in place, no page load
    polis.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp löfte 3")).click();
    polis.locator("#commitment-list li.commitment-row").nth(1).locator(".commitment-text")
        .filter(new Locator.FilterOptions().setHasText(POLICE_COMMITMENT)).waitFor();
    assertThat(polis.url()).endsWith(admin);
    Browser.assertAccessible(polis);

    // 3. Both sign: the kommun's signatory in the app, the police user records the police chief's paper signature.
    Page kommunSignatory = signIn(municipalitySignatory, true);
    Browser.visit(kommunSignatory, url(admin));
    sign(kommunSignatory, "MUNICIPALITY", "Karl Kommunsson", "Kommunstyrelsens ordförande", "Båstad");
    assertThat(kommunSignatory.locator("main").textContent()).contains("Väntar på underskrift");
    assertThat(kommunSignatory.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).count())
        .as("a signatory signs but does not publish").isZero();
    Browser.visit(polis, url(admin));
    sign(polis, "POLICE", "Åsa Öberg", "Lokalpolisområdeschef", "Ängelholm");

    // 4. The coordinator publishes.
    Browser.visit(kommun, url(admin));
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(kommun.locator(".notice").textContent()).contains("Medborgarlöftet är publicerat");
    assertThat(kommun.locator("main").textContent()).contains("Publicerat", "version 1");
    Browser.assertAccessible(kommun);

    // 5. A citizen without JavaScript finds it by searching and reads it.
    Page citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften"));
    citizen.getByLabel("Sökord").fill(word);
    citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
    assertThat(citizen.url()).contains("/loften?q=" + word);
    Browser.assertAccessible(citizen);
    assertThat(citizen.locator("main h2").first().textContent()).isEqualTo("Träffar: 1");
    Browser.visit(citizen, url("/loften?q=" + word));
    citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(citizen.url()).endsWith("/loften/" + id);
    Browser.assertAccessible(citizen);
    Locator document = citizen.locator("article.promise-document");
    assertThat(document.locator("h1").textContent()).isEqualTo(title);
    assertThat(document.locator(".facts").innerText()).contains("Båstads kommun och Lokalpolisområde Ängelholm",
        year + "-01-01 – " + year + "-12-31", "Publicerat", "version 1", "Inbrott", "Trafik och hastighet");
    assertThat(commitmentsUnder(citizen, "Båstads kommun lovar")).containsExactly(MUNICIPALITY_COMMITMENT);
    assertThat(commitmentsUnder(citizen, "Polisen i lokalpolisområde Ängelholm lovar"))
        .containsExactly(POLICE_COMMITMENT);
    assertThat(commitmentsUnder(citizen, "Tillsammans lovar vi")).containsExactly(JOINT_COMMITMENT);
    String signatures = document.locator(".signatures").innerText();
    assertThat(signatures).contains("Karl Kommunsson", "Kommunstyrelsens ordförande", "Båstad, " + LocalDate.now(),
        "(undertecknat i tjänsten)", "Åsa Öberg", "Lokalpolisområdeschef", "Ängelholm, " + LocalDate.now(),
        "(undertecknat på papper)");
    assertThat(document.innerText()).contains("Mörka gångvägar", "Löftet följs upp var 6:e månad.",
        "Utvärdering " + year + "-12-15");

    // 6. The PDF holds the commitments, å ä ö included.
    String pdfText = pdfText(citizen, id, "v1");
    assertThat(pdfText).contains(title, "Båstads kommun lovar", MUNICIPALITY_COMMITMENT, POLICE_COMMITMENT,
        JOINT_COMMITMENT, "Åsa Öberg");

    // 7. A revision: the coordinator opens it, rewrites the situation section, the police user replaces a
    //    commitment, both sign again (this time the police signatory in the app, the coordinator on paper), publish.
    Browser.visit(kommun, url(admin));
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revidera (ny version)")).click();
    assertThat(kommun.locator(".notice").textContent()).contains("En ny version är öppnad som utkast");
    assertThat(kommun.locator("main").textContent()).contains("Utkast", "version 2");
    Browser.assertAccessible(kommun);
    kommun.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera texten")).click();
    Browser.assertAccessible(kommun);
    assertThat(kommun.locator("#title").inputValue()).isEqualTo(title);
    kommun.locator("#situation").fill("Medborgardialogen visar otrygghet kvällstid vid hamnen.");
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
    assertThat(kommun.url()).endsWith(admin);
    assertThat(kommun.locator(".notice").textContent()).contains("Sparat");
    Browser.assertAccessible(kommun);

    Browser.visit(polis, url(admin));
    int police3 = indexOf(polis, POLICE_COMMITMENT);
    polis.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort löfte " + police3)).click();
    assertThat(polis.locator(".notice").textContent()).contains("Löftet är borttaget");
    Browser.assertAccessible(polis);
    addCommitment(polis, "POLICE", REVISED_COMMITMENT, "YOUTH_OR_SCHOOL_VISIT", "TRAFFIC", "Båstad");
    assertThat(polis.locator(".diff").innerText()).as("the draft shows what changes against version 1")
        .contains("Ändringar från version 1 till version 2", "hamnen", "Nya löften", REVISED_COMMITMENT,
            "Borttagna löften", POLICE_COMMITMENT);

    Page polisSignatory = signIn(policeSignatory, false);
    Browser.visit(polisSignatory, url(admin));
    sign(polisSignatory, "POLICE", "Åsa Öberg", "Lokalpolisområdeschef", "Ängelholm");
    Browser.visit(kommun, url(admin));
    sign(kommun, "MUNICIPALITY", "Karl Kommunsson", "Kommunstyrelsens ordförande", "Båstad");
    kommun.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera")).click();
    assertThat(kommun.locator(".notice").textContent()).contains("Medborgarlöftet är publicerat");
    assertThat(kommun.locator("main").textContent()).contains("version 2");
    Browser.assertAccessible(kommun);

    // a new visitor: the page is public with max-age=60, so the first citizen's browser may show its cached copy
    citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften/" + id));
    assertThat(citizen.locator(".facts").innerText()).contains("version 2");
    assertThat(commitmentsUnder(citizen, "Polisen i lokalpolisområde Ängelholm lovar"))
        .containsExactly(REVISED_COMMITMENT);
    assertThat(citizen.locator("article").innerText()).contains("hamnen").doesNotContain("stationen");
    assertThat(citizen.locator(".history").innerText()).contains("version 1", "Ersatt av ny version", "version 2");
    citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vad ändrades i version 2")).click();
    assertThat(citizen.url()).endsWith("/loften/" + id + "/versioner/2/andringar");
    Browser.assertAccessible(citizen);
    Locator diff = citizen.locator(".diff");
    assertThat(diff.locator("h1").textContent()).isEqualTo("Ändringar från version 1 till version 2");
    assertThat(diff.locator("del").allTextContents()).anySatisfy(t -> assertThat(t).contains("stationen"))
        .anySatisfy(t -> assertThat(t).contains(POLICE_COMMITMENT));
    assertThat(diff.locator("ins").allTextContents()).anySatisfy(t -> assertThat(t).contains("hamnen"))
        .anySatisfy(t -> assertThat(t).contains(REVISED_COMMITMENT));
    Browser.visit(citizen, url("/loften/" + id + "/versioner/1"));
    assertThat(citizen.locator("main").innerText()).contains("Detta är en äldre version", "stationen");
    assertThat(pdfText(citizen, id, "v2")).contains(REVISED_COMMITMENT, "hamnen").doesNotContain(POLICE_COMMITMENT);

    // 8. An extension: one more year with the same content, and a note the public reads.
    LocalDate newEnd = LocalDate.of(year + 1, 12, 31);
    String note = "Parterna är överens om att löftena fortsätter ett år till.";
    Browser.visit(polis, url(admin));
    polis.locator("#extValidTo").fill(newEnd.toString());
    polis.locator("#note").fill(note);
    polis.locator("#overrideReason").fill("Utvärderingen görs i samband med nästa trygghetsmätning.");
    polis.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förläng med samma innehåll")).click();
    assertThat(polis.locator(".notice").textContent()).contains("Medborgarlöftet är förlängt");
    Browser.assertAccessible(polis);

    citizen = browser.newPage(false);
    Browser.visit(citizen, url("/loften/" + id));
    Locator extended = citizen.locator("article.promise-document .notice");
    assertThat(extended.innerText()).contains("Förlängt med samma innehåll till och med " + newEnd + ".", note);
    assertThat(citizen.locator(".facts").innerText()).contains("Förlängt");
    assertThat(citizen.locator("#sec-history").locator("xpath=..").innerText())
        .contains("förlängdes löftet från " + year + "-12-31 till " + newEnd);
    assertThat(pdfText(citizen, id, "extended")).contains("Förlängt med samma innehåll till och med " + newEnd, note);
  }

  private static void addCommitment(Page page, String party, String text, String activity, String category,
      String place) {
    page.locator("#party").selectOption(party);
    page.locator("#text").fill(text);
    page.locator("#activityType").selectOption(activity);
    page.locator("#ccat-" + category).check();
    if (place != null) {
      page.locator("#places").fill(place);
      page.locator("#target").fill("Minst fyra gånger under året");
      page.locator("#indicator").fill("Färre anmälda brott på platsen");
    }
    page.locator("#responsibleRole").fill("Brottsförebyggande samordnare");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till löfte").setExact(true)).click();
    assertThat(page.locator(".notice").textContent()).contains("Löftet är tillagt");
    assertThat(page.locator("#commitment-list").textContent()).contains(text);
    Browser.assertAccessible(page);
  }

  private static void sign(Page page, String party, String name, String title, String place) {
    page.locator("#signParty").selectOption(party);
    page.locator("#signName").fill(name);
    page.locator("#signTitle").fill(title);
    page.locator("#signPlace").fill(place);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera underskrift")).click();
    assertThat(page.locator(".notice").textContent()).contains("Underskriften är registrerad");
    assertThat(page.locator("#sign-heading + ul").textContent()).contains(name, title, place);
    Browser.assertAccessible(page);
  }

  /** The commitment texts in the list that follows a party's heading on the public page. */
  private static java.util.List<String> commitmentsUnder(Page page, String heading) {
    Locator h3 = page.locator("article h3").filter(new Locator.FilterOptions().setHasText(heading));
    assertThat(h3.count()).as("a heading " + heading).isEqualTo(1);
    return h3.locator("xpath=following-sibling::ol[1]").locator(".commitment-text").allTextContents();
  }

  private static int indexOf(Page page, String commitment) {
    var texts = page.locator("#commitment-list .commitment-text").allInnerTexts();
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(commitment)) {
        return i + 1;
      }
    }
    throw new AssertionError(commitment + " not in " + texts);
  }

  /** Downloads the public PDF with the page's own request context, keeps it in target/, returns its text. */
  private String pdfText(Page page, String id, String label) throws IOException, InterruptedException {
    APIResponse response = page.request().get(url("/loften/" + id + ".pdf"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().get("content-type")).startsWith("application/pdf");
    byte[] body = response.body();
    assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Path file = Path.of("target", "journey-" + id + "-" + label + ".pdf").toAbsolutePath();
    Files.write(file, body);
    Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(pdftotext.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(pdftotext.exitValue()).as(text).isZero();
    // DejaVu's "fi" ligature comes out as U+FB01; NFKC turns it back into two letters, as PDF viewers' search does
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }

  /** A made-up word (letters only, so the Swedish text search keeps it whole) that only this run's title has. */
  private static String uniqueWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("Kvarn");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
