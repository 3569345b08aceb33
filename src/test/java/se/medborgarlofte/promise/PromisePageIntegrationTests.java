package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

@IntegrationTest
class PromisePageIntegrationTests {

  static final String XSS = "<script>alert('x')</script>";

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;

  PromiseFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
  }

  @Test
  void thePublishedPageHasAStrongEtagAnswers304AndIsServedFromKeptBytes() throws Exception {
    Promise p = fx.published("Sidan " + PromiseFixtures.unique());
    var first = mvc.perform(get("/loften/{id}", p.id())).andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("max-age=60")))
        .andExpect(header().string("Vary", containsString("Cookie")))
        .andExpect(content().string(containsString("Polisen patrullerar")))
        .andReturn().getResponse();
    assertThat(first.getHeader("ETag")).startsWith("\"").doesNotStartWith("W/");
    String etag = settledEtag(p.id());
    mvc.perform(get("/loften/{id}", p.id()).header("If-None-Match", etag)).andExpect(status().isNotModified());
    String english = mvc.perform(get("/loften/{id}", p.id()).cookie(new jakarta.servlet.http.Cookie("lang", "en")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getHeader("ETag");
    assertThat(english).isNotEqualTo(etag).matches("\"[0-9a-f]{32}\"");
    promises.extend(fx.admin, p.id(), new PromiseRequests.ExtensionInput(LocalDate.of(2026, 12, 31),
        "Förlängt ett år efter utvärderingen", "Utvärderingen gjordes utanför plattformen"));
    mvc.perform(get("/loften/{id}", p.id()).header("If-None-Match", etag)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Förlängt med samma innehåll till och med 2026-12-31")))
        .andExpect(content().string(containsString("Förlängt ett år efter utvärderingen")));
  }

  @Test
  void aDraftHasNoPublicPage() throws Exception {
    Promise p = fx.draft("Utkast " + PromiseFixtures.unique());
    mvc.perform(get("/loften/{id}", p.id())).andExpect(status().isNotFound());
    mvc.perform(get("/loften/{id}.pdf", p.id())).andExpect(status().isNotFound());
  }

  @Test
  void thePdfContainsTheCommitmentsWithSwedishLetters() throws Exception {
    Promise p = fx.published("Pdf " + PromiseFixtures.unique());
    byte[] pdf = mvc.perform(get("/loften/{id}.pdf", p.id())).andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
    String text = pdfText(pdf);
    assertThat(text).contains(p.published().orElseThrow().text().title()).contains("Polisen patrullerar")
        .contains("Lokalpolisområde Ängelholm").contains("Båstads kommun");
  }

  @Test
  void thePdfIsTaggedForScreenReadersWithTitleAndLanguageAndCopiesWithoutLigatures() throws Exception {
    String title = "Trafikmiljön vid fiskeläget " + PromiseFixtures.unique();
    Promise p = fx.published(title);
    byte[] swedish = mvc.perform(get("/loften/{id}.pdf", p.id())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(swedish)) {
      var catalog = pdf.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(structureTypes(catalog.getStructureTreeRoot().getKids())).contains("H1", "P");
      assertThat(catalog.getLanguage()).isEqualTo("sv");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8)).contains("pdfuaid");
      assertThat(copiedText(pdf)).contains("Trafikmiljön").contains("fiskeläget").doesNotContain("\uFB01", "\uFB02");
    }
    byte[] english = mvc.perform(get("/loften/{id}.pdf", p.id()).param("lang", "en")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(english)) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  /**
   * The text as a reader copies it: each glyph's Unicode from the PDF's ToUnicode map. PDFTextStripper's own output
   * would not do, since it folds ligatures such as U+FB01 back into "fi".
   */
  private static String copiedText(PDDocument pdf) throws java.io.IOException {
    StringBuilder copied = new StringBuilder();
    new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        copied.append(text.getUnicode());
        super.processTextPosition(text);
      }
    }.getText(pdf);
    return copied.toString();
  }

  /** Every structure type in the tagged PDF's tree (H1, P, L, …). */
  private static List<String> structureTypes(List<Object> kids) {
    List<String> types = new java.util.ArrayList<>();
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        types.addAll(structureTypes(element.getKids()));
      }
    }
    return types;
  }

  @Test
  void scriptTypedIntoAnyTextFieldIsShownAsTextAndReturnedVerbatimAsData() throws Exception {
    Draft d = new Draft("1278", fx.angelholm, "Titel " + XSS, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6,
        null, List.of("BURGLARY"), "Inledning " + XSS, "Problem " + XSS, "Läge " + XSS, "Uppföljning " + XSS);
    Promise p = promises.draft(fx.admin, d);
    promises.addCommitment(fx.admin, p.id(), new CommitmentInput(Party.JOINT, "Löfte " + XSS, ActivityType.OTHER,
        List.of("BURGLARY"), List.of("Plats " + XSS), "Mål " + XSS, "Indikator " + XSS, "Roll " + XSS));
    var sig = new PromiseRequests.SignatureInput(Party.MUNICIPALITY, "Namn " + XSS, "Titel " + XSS, LocalDate.now(),
        "Ort " + XSS);
    promises.sign(fx.coordinator(), p.id(), sig);
    promises.sign(fx.police(), p.id(), new PromiseRequests.SignatureInput(Party.POLICE, "N", "T", LocalDate.now(), "O"));
    promises.publish(fx.admin, p.id());
    promises.extend(fx.admin, p.id(), new PromiseRequests.ExtensionInput(LocalDate.of(2026, 12, 31), "Not " + XSS,
        "Skäl " + XSS));

    String html = mvc.perform(get("/loften/{id}", p.id())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script>alert");
    for (String field : List.of("Titel", "Inledning", "Problem", "Läge", "Uppföljning", "Löfte", "Plats", "Mål",
        "Indikator", "Roll", "Namn", "Ort", "Not")) {
      assertThat(html).as(field).contains(field + " &lt;script&gt;alert(");
    }
    mvc.perform(get("/api/v1/promises/{id}", p.id()))
        .andExpect(jsonPath("$.title").value("Titel " + XSS))
        .andExpect(jsonPath("$.introduction").value("Inledning " + XSS))
        .andExpect(jsonPath("$.commitments[0].text").value("Löfte " + XSS))
        .andExpect(jsonPath("$.commitments[0].places[0]").value("Plats " + XSS))
        .andExpect(jsonPath("$.signatures[0].name").value("Namn " + XSS))
        .andExpect(jsonPath("$.extensions[0].note").value("Not " + XSS))
        .andExpect(header().string("Content-Type", containsString("application/json")));
    mvc.perform(get("/loften").param("q", "Inledning")).andExpect(content().string(not(containsString("<script>alert"))));
    mvc.perform(get("/kommuner/1278/loften.atom")).andExpect(content().string(not(containsString("<script>alert"))));
  }

  @Test
  void searchUsesSwedishStemmingAndFilters() throws Exception {
    String word = "Fritidshusområdet" + PromiseFixtures.unique().replaceAll("[0-9]", "x");
    Promise p = promises.draft(fx.admin, new Draft("1278", fx.angelholm, "Tryggt i " + word, LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31), 6, null, List.of("VANDALISM"), "Inbrotten i sommarstugorna ökar", "", "", ""));
    promises.addCommitment(fx.admin, p.id(), new CommitmentInput(Party.POLICE, "Kontroller", ActivityType.OTHER,
        List.of("DRUGS"), List.of(), null, null, null));
    promises.sign(fx.coordinator(), p.id(), PromiseFixtures.signature(Party.MUNICIPALITY));
    promises.sign(fx.police(), p.id(), PromiseFixtures.signature(Party.POLICE));
    promises.publish(fx.admin, p.id());
    UUID id = p.id();
    String link = "/loften/" + id;
    mvc.perform(get("/loften").param("q", word.toLowerCase())).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word + " sommarstugor")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("county", "12")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("county", "01")).andExpect(content().string(not(containsString(link))));
    mvc.perform(get("/loften").param("q", word).param("region", "Syd")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("region", "Nord")).andExpect(content().string(not(containsString(link))));
    mvc.perform(get("/loften").param("q", word).param("year", "2025")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("year", "2024")).andExpect(content().string(not(containsString(link))));
    mvc.perform(get("/loften").param("q", word).param("category", "VANDALISM")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("category", "DRUGS")).andExpect(content().string(containsString(link)));
    mvc.perform(get("/loften").param("q", word).param("category", "FRAUD")).andExpect(content().string(not(containsString(link))));
    Promise draft = fx.draft("Utkastord" + PromiseFixtures.unique().replaceAll("[0-9]", "y"));
    mvc.perform(get("/loften").param("q", draft.working().text().title()))
        .andExpect(content().string(not(containsString("/loften/" + draft.id()))));
  }

  @Test
  void theKommunPageShowsTheArchiveAndTheFeedsAnnounceChanges() throws Exception {
    Promise p = fx.published("Arkiv " + PromiseFixtures.unique());
    mvc.perform(get("/kommuner/1278")).andExpect(status().isOk())
        .andExpect(content().string(containsString("/loften/" + p.id())));
    promises.revise(fx.admin, p.id());
    promises.sign(fx.coordinator(), p.id(), PromiseFixtures.signature(Party.MUNICIPALITY));
    promises.sign(fx.police(), p.id(), PromiseFixtures.signature(Party.POLICE));
    promises.publish(fx.admin, p.id());
    mvc.perform(get("/kommuner/1278/loften.atom")).andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
        .andExpect(content().string(containsString("urn:medborgarlofte:" + p.id() + ":revised:2")))
        .andExpect(content().string(containsString("urn:medborgarlofte:" + p.id() + ":published:1")));
    mvc.perform(get("/loften.atom")).andExpect(content().string(containsString(p.id().toString())));
    mvc.perform(get("/loften/{id}/versioner/2/andringar", p.id())).andExpect(status().isOk())
        .andExpect(content().string(containsString("Ändringar från version 1 till version 2")));
    mvc.perform(get("/loften/{id}/versioner/1", p.id())).andExpect(status().isOk())
        .andExpect(content().string(containsString("äldre version")));
  }

  static String pdfText(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("promise", ".pdf");
    Files.write(file, pdf);
    Process proc = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
    String text = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor()).isZero();
    Files.delete(file);
    return text;
  }

  /**
   * Publishing also lets other modules react after the commit, asynchronously (follow-up schedules the promise's
   * follow-ups, which the page then lists): the page may change once right after publishing. The ETag is checked
   * once the page has settled, i.e. two requests in a row give the same one.
   */
  private String settledEtag(java.util.UUID id) throws Exception {
    String previous = null;
    for (int i = 0; i < 100; i++) {
      String etag = mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getHeader("ETag");
      if (etag != null && etag.equals(previous)) {
        return etag;
      }
      previous = etag;
      Thread.sleep(100);
    }
    throw new AssertionError("the page of promise " + id + " kept changing for 10 s");
  }
}
