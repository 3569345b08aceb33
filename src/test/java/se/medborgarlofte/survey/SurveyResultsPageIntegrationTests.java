package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;

/**
 * The results page, its CSV and the kommun-page section, for two closed rounds in Landskrona (1282): the change in
 * littering (30 of 50 → 45 of 50) is significant, open drugs has 29 answers and is suppressed everywhere.
 */
@IntegrationTest
class SurveyResultsPageIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired SurveyFixtures fixtures;

  @Test
  void theResultsPageCsvAndSectionShowShownAndSuppressedCellsCorrectly() throws Exception {
    SurveyRound first = fixtures.open("1282", "OPEN", List.of());
    fixtures.answer(first.id(), null, 30, "P_LITTERING", "BIG");
    fixtures.answer(first.id(), null, 20, "P_LITTERING", "NONE");
    fixtures.close(first.id());
    SurveyRound second = fixtures.open("1282", "OPEN", List.of());
    mvc.perform(get("/kommuner/1282/trygghetsmatningar/" + second.id())).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Resultaten publiceras när enkäten har stängt")));
    mvc.perform(get("/kommuner/1282")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("/enkater/" + second.id())));
    fixtures.answer(second.id(), null, 45, "P_LITTERING", "FAIRLY");
    fixtures.answer(second.id(), null, 5, "P_LITTERING", "SMALL");
    fixtures.answer(second.id(), null, 29, "P_DRUGS_OPEN", "BIG");
    fixtures.close(second.id());

    // Mean (45·2 + 5·1)/50 = 1.9. 45/50 against 30/50: pooled 0.75, se = √(0.75·0.25·0.04) = 0.0866, z = 3.464, p = 0.000532.
    mvc.perform(get("/api/v1/surveys/" + second.id() + "/results"))
        .andExpect(jsonPath("$.previousSurveyId").value(first.id()))
        .andExpect(jsonPath("$.areas[0].items[?(@.itemCode == 'P_LITTERING')].change.pValue").value(
            Matchers.contains(Matchers.hasToString(Matchers.startsWith("0.00053200550513")))));
    String html = mvc.perform(get("/kommuner/1282/trygghetsmatningar/" + second.id())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    // Littering first (90 %), with its n, interval and a significant change of +30 points; open drugs suppressed.
    assertThat(html).contains("<th scope=\"row\">Hur stort problem är nedskräpning i ditt område?</th>",
        "<td class=\"num\">50</td>", "<td class=\"num\">90,0</td>", "+30,0 (p = 0,001, säkerställd)",
        "För få svar (färre än 30): visas inte", "<svg", "<title id=\"survey-chart-title\"");
    assertThat(html.indexOf("nedskräpning i ditt område")).isLessThan(html.indexOf("narkotika säljs"));
    assertThat(html).doesNotContain(">29<");
    byte[] csv = mvc.perform(get("/kommuner/1282/trygghetsmatningar/" + second.id() + ".csv"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFarea;item;group;n;mean;");
    assertThat(text).contains("ALL;P_LITTERING;PROBLEM;50;1,9000;", ";0,9000;", ";30,0;0,0005;nej");
    assertThat(text).contains("ALL;P_DRUGS_OPEN;PROBLEM;..;..;..;..;..;..;..;..;..;ja");
    assertThat(text).doesNotContain(";29;");
    mvc.perform(get("/kommuner/1282")).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("De största problemen enligt senaste mätningen")))
        .andExpect(content().string(Matchers.containsString("/kommuner/1282/trygghetsmatningar/" + second.id())));
    mvc.perform(get("/kommuner/1283/trygghetsmatningar/" + second.id())).andExpect(status().isNotFound());
  }

  static List<RoundRequest.Area> areas(int count) {
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> new RoundRequest.Area("A" + i, "Område " + i + " " + suffix)).toList();
  }

  /** Beyond 20 areas the page links to a page per area instead of holding every area's table. */
  @Test
  void aRoundOfManyAreasHasAPagePerAreaWithItsOwnSuppression() throws Exception {
    SurveyRound many = fixtures.open("1282", "OPEN", areas(21));
    fixtures.answer(many.id(), "A1", 30, "P_LITTERING", "BIG");
    fixtures.answer(many.id(), "A2", 10, "P_LITTERING", "BIG");
    fixtures.close(many.id());
    String base = "/kommuner/1282/trygghetsmatningar/" + many.id();
    String html = mvc.perform(get(base)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(html).contains("href=\"" + base + "/omraden/A1\"", "href=\"" + base + "/omraden/A21\"")
        .doesNotContain("<details");
    String a1 = mvc.perform(get(base + "/omraden/A1")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(a1).contains("<td class=\"num\">30</td>", "<td class=\"num\">100,0</td>", "Svar: 30.");
    String a2 = mvc.perform(get(base + "/omraden/A2")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(a2).contains("För få svar (färre än 30): visas inte").doesNotContain(">10<");
    mvc.perform(get(base + "/omraden/NOPE")).andExpect(status().isNotFound());
    mvc.perform(get("/kommuner/1283/trygghetsmatningar/" + many.id() + "/omraden/A1"))
        .andExpect(status().isNotFound());

    SurveyRound few = fixtures.open("1282", "OPEN", areas(2));
    fixtures.answer(few.id(), "A1", 30, "P_LITTERING", "BIG");
    fixtures.close(few.id());
    assertThat(mvc.perform(get("/kommuner/1282/trygghetsmatningar/" + few.id())).andReturn().getResponse()
        .getContentAsString()).as("a few areas: their tables on the page itself").contains("<details");
  }
}
