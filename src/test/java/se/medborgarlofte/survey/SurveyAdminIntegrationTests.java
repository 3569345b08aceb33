package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/** A coordinator runs a round from the workspace: build, open, print codes, watch answers arrive, close. */
@IntegrationTest
class SurveyAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired SurveyFixtures fixtures;
  @Autowired SurveyRounds rounds;

  @Test
  void aCoordinatorBuildsOpensPrintsCodesWatchesTheCountAndCloses() throws Exception {
    Member coordinator = people.coordinator("1278");
    String location = mvc.perform(post("/admin/enkater").with(user(coordinator)).with(csrf())
            .param("templateId", String.valueOf(fixtures.standard().id())).param("municipalityCode", "1278")
            .param("title", "Trygghetsmätning via formulär").param("opensOn", "2026-01-01")
            .param("closesOn", "2099-12-31").param("mode", "INVITATION").param("minimumCellSize", "30")
            .param("areas", ""))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(post("/admin/enkater/" + id + "/oppna").with(user(coordinator)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/enkater/" + id + "/koder").with(user(coordinator)).with(csrf()).param("count", "3"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/enkater/" + id + "/koder").with(user(coordinator)).with(csrf()).param("count", "x"))
        .andExpect(status().isUnprocessableContent());
    String csv = mvc.perform(get("/admin/enkater/" + id + "/koder/1.csv").with(user(coordinator)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> codes = csv.lines().skip(1).map(l -> l.split(";")[0]).toList();
    assertThat(codes).hasSize(3).allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{10}"));
    byte[] pdf = mvc.perform(get("/admin/enkater/" + id + "/koder/1.pdf").with(user(coordinator)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      assertThat(text).contains(codes.get(0).substring(0, 5) + "-" + codes.get(0).substring(5), "/enkater/" + id);
    }
    mvc.perform(get("/admin/enkater/" + id).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<strong id=\"response-count\">0</strong>")));
    fixtures.answerWithCode(id, codes.get(1));
    mvc.perform(get("/admin/enkater/" + id).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<strong id=\"response-count\">1</strong>")));
    mvc.perform(post("/admin/enkater/" + id + "/stang").with(user(coordinator)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(rounds.get(id).status()).isEqualTo(RoundStatus.CLOSED);
  }

  @Test
  void aBrokenImportIsShownLineByLineAndNothingIsStored() throws Exception {
    Member coordinator = people.coordinator("1278");
    mvc.perform(multipart("/admin/enkater/import").file(new MockMultipartFile("file", "old.csv", "text/csv",
            "year;area;item;published_index;published_share;n\n2015;ALL;P_NOPE;1;;10\n".getBytes()))
            .param("municipalityCode", "1278").with(user(coordinator)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("item (P_NOPE): no survey item has this code")))
        .andExpect(content().string(Matchers.containsString("Filen importerades inte: 1 fel.")));
  }
}
