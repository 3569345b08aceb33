package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import se.medborgarlofte.support.PromiseFixtures;

/**
 * The published evaluation and follow-ups where citizens read them: the promise page (a section through the
 * page-section contract, so the ETag changes), the PDF (charts with tables) and the Atom feeds.
 */
@IntegrationTest
class EvaluationPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired se.medborgarlofte.crimestats.CrimeStatisticsImport importer;

  @Test
  void aPublishedEvaluationAndItsDecisionShowOnThePageInThePdfAndAFollowUpInTheFeeds() throws Exception {
    Member coordinator = people.coordinator("1284");
    Member police = people.police(people.angelholm());
    String title = "Utvärderat löfte " + PromiseFixtures.unique();
    // Höganäs' burglary rate 2024 and 2025, so the crime part has figures (traffic has none)
    importer.importExamples("evaluation-page.csv", new org.springframework.core.io.ByteArrayResource("""
        status,period,area_code,crime_type,count,rate_per_100k,note
        FINAL,2024,1284,RESIDENTIAL_BURGLARY,28,100,fu
        FINAL,2025,1284,RESIDENTIAL_BURGLARY,22,80,fu
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Promise p = new PromiseFixtures(promises, people).published("1284", title);
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    UUID c = p.published().orElseThrow().commitments().get(0).id();
    String before = mvc.perform(get("/loften/{id}", p.id())).andReturn().getResponse().getHeader("ETag");
    assertThat(mvc.perform(get("/loften/{id}", p.id())).andReturn().getResponse().getContentAsString())
        .doesNotContain("evaluation-heading");

    FollowUp evaluation = followUps.ofPromise(p.id()).get(1);
    assertThat(evaluation.kind()).isEqualTo(FollowUpKind.EVALUATION);
    followUps.edit(coordinator, p.id(), evaluation.id(), new FollowUpReport("Året i korthet " + title, List.of(
        new FollowUpReport.CommitmentReport(c, CommitmentStatus.DONE, "Alla vandringar gjordes", null))));
    followUps.approve(coordinator, p.id(), evaluation.id(), "MUNICIPALITY");
    followUps.approve(police, p.id(), evaluation.id(), "POLICE");
    followUps.publish(police, p.id(), evaluation.id());
    mvc.perform(put("/api/v1/promises/{id}/evaluation/decision", p.id()).with(user(police))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"decision":"REVISE","reason":"Trafiken behöver fler kontroller",
             "verdicts":[{"commitmentId":"%s","verdict":"ACHIEVED","note":"Fyra vandringar"}]}""".formatted(c)))
        .andExpect(status().isOk());

    var page = mvc.perform(get("/loften/{id}", p.id())).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(page.getHeader("ETag")).isNotEqualTo(before);
    Document html = Jsoup.parse(page.getContentAsString());
    var section = html.select("section.followup-evaluation");
    assertThat(section.select("h2").text()).isEqualTo("Utvärdering");
    assertThat(section.text()).contains("Löftet revideras.", "Trafiken behöver fler kontroller", "Uppnått",
        "Fyra vandringar", "1 av 1 åtaganden genomförda");
    // burglary's rates in a table with a chart; traffic's missing figures are said to be missing, not drawn as zero
    assertThat(section.select("h3").eachText()).contains("Inbrott", "Trafik och hastighet");
    assertThat(section.select("table caption").eachText()).anyMatch(t -> t.contains("anmälda brott per 100 000"));
    assertThat(section.select("td").eachText()).contains("100,0", "80,0");
    assertThat(section.text()).contains("Det finns ingen brottsstatistik för perioderna före och under löftet.");
    assertThat(section.select("img")).isNotEmpty();
    section.select("img").forEach(img -> {
      assertThat(img.attr("src")).startsWith("data:image/png;base64,");
      assertThat(img.attr("alt")).startsWith("Stapeldiagram");
    });
    assertThat(html.select("section.followup-section").text()).contains("Alla vandringar gjordes");

    byte[] pdf = mvc.perform(get("/loften/{id}.pdf", p.id())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Vad har hänt?", "Alla vandringar gjordes", "Utvärdering", "Löftet revideras.",
          "Trafiken behöver fler kontroller");
    }

    for (String feed : List.of("/loften.atom", "/kommuner/1284/loften.atom")) {
      assertThat(mvc.perform(get(feed)).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString()).contains("Utvärdering till och med 2025-12-31: " + title,
              "urn:medborgarlofte:" + p.id() + ":follow-up:" + evaluation.id(), "Året i korthet " + title,
              "/loften/" + p.id());
    }
    assertThat(mvc.perform(get("/kommuner/1285/loften.atom")).andReturn().getResponse().getContentAsString())
        .doesNotContain(title);

    // Revised figures for 2025 arrive after publication: the API computes with them, the published page does not.
    importer.importExamples("evaluation-page-revised.csv", new org.springframework.core.io.ByteArrayResource("""
        status,period,area_code,crime_type,count,rate_per_100k,note
        FINAL,2025,1284,RESIDENTIAL_BURGLARY,17,60,revised
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()).with(user(police)))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
            "$.categories[?(@.category == 'BURGLARY')].crime.after").value(org.hamcrest.Matchers.contains(60.0)));
    var published = Jsoup.parse(mvc.perform(get("/loften/{id}", p.id())).andReturn().getResponse()
        .getContentAsString()).select("section.followup-evaluation");
    assertThat(published.select("td").eachText()).contains("100,0", "80,0").doesNotContain("60,0");
    assertThat(published.text()).as("the decision is still the live one").contains("Löftet revideras.");
  }
}
