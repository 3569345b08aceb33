package se.medborgarlofte.followup;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.crimestats.CrimeStatisticsImport;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.survey.SurveyFixtures;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The crime part of the evaluation against hand-computed numbers. The promise is Örkelljunga's (1257), in force
 * 2025; the comparison is Landskrona (1282) and Helsingborg (1283). Burglary comes as yearly figures, traffic
 * offences in Örkelljunga as twelve monthly figures a year.
 */
@IntegrationTest
class EvaluationIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired CrimeStatisticsImport importer;
  @Autowired SurveyFixtures surveys;
  @Autowired SurveyRounds rounds;

  @Test
  void ratesBeforeAndAfterAgainstTheComparisonAreaWithTheDifferenceInDifferences() throws Exception {
    StringBuilder csv = new StringBuilder("status,period,area_code,crime_type,count,rate_per_100k,note\n");
    csv.append("FINAL,2024,1257,RESIDENTIAL_BURGLARY,10,100,fu\nFINAL,2025,1257,RESIDENTIAL_BURGLARY,8,80,fu\n")
        .append("FINAL,2024,1282,RESIDENTIAL_BURGLARY,40,90,fu\nFINAL,2025,1282,RESIDENTIAL_BURGLARY,38,85,fu\n")
        .append("FINAL,2024,1283,RESIDENTIAL_BURGLARY,160,110,fu\nFINAL,2025,1283,RESIDENTIAL_BURGLARY,150,105,fu\n")
        // a preliminary 2025 figure that the final one supersedes
        .append("PRELIMINARY,2025,1257,RESIDENTIAL_BURGLARY,30,300,fu\n");
    for (int m = 1; m <= 12; m++) {
      csv.append("FINAL,2024-%02d,1257,TRAFFIC,1,1,fu\nFINAL,2025-%02d,1257,TRAFFIC,2,2,fu\n".formatted(m, m));
    }
    csv.append("FINAL,2024,1282,TRAFFIC,9,10,fu\nFINAL,2025,1282,TRAFFIC,9,10,fu\n")
        .append("FINAL,2024,1283,TRAFFIC,20,10,fu\nFINAL,2025,1283,TRAFFIC,20,10,fu\n");
    importer.importExamples("evaluation.csv", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)));
    Promise p = new PromiseFixtures(promises, people).published("1257", "Utvärdering " + PromiseFixtures.unique());

    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()).param("comparison", "1282,1283"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.comparison[0]").value("1282"))
        .andExpect(jsonPath("$.categories[0].category").value("BURGLARY"))
        // before 100, after 80; comparison mean before (90 + 110) / 2 = 100, after (85 + 105) / 2 = 95;
        // (80 − 100) − (95 − 100) = −15
        .andExpect(jsonPath("$.categories[0].crime.before").value(100.0))
        .andExpect(jsonPath("$.categories[0].crime.after").value(80.0))
        .andExpect(jsonPath("$.categories[0].crime.comparisonBefore").value(100.0))
        .andExpect(jsonPath("$.categories[0].crime.comparisonAfter").value(95.0))
        .andExpect(jsonPath("$.categories[0].crime.diffInDiff").value(-15.0))
        .andExpect(jsonPath("$.categories[0].crime.note", containsString("indicative, not causal")))
        // traffic: twelve months of 1 then of 2 per 100 000 (12 → 24) against a flat 10: (24 − 12) − 0 = 12
        .andExpect(jsonPath("$.categories[1].category").value("TRAFFIC"))
        .andExpect(jsonPath("$.categories[1].crime.before").value(12.0))
        .andExpect(jsonPath("$.categories[1].crime.after").value(24.0))
        .andExpect(jsonPath("$.categories[1].crime.diffInDiff").value(12.0));

    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()).param("comparison", "9999"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("comparison"));
  }

  /**
   * Höganäs (1284; no other test surveys it). The baseline round closes before the promise's first day, the outcome
   * round after it (none opens after the period, so the latest one is taken). Burglary: 12 of 40 then 6 of 40 say
   * "a fairly or very big problem"; the traffic items get no answers and stay suppressed.
   */
  @Test
  void theSurveyPartComparesTheLastRoundBeforeWithTheLatestAfterAndKeepsSuppressedCellsSuppressed()
      throws Exception {
    LocalDate today = LocalDate.now();
    SurveyRound before = surveys.draft("1284", "OPEN", List.of(), today.minusDays(10), today.plusDays(10));
    rounds.open(people.admin(), before.id());
    surveys.answer(before.id(), null, 12, "P_BURGLARY", "BIG");
    surveys.answer(before.id(), null, 28, "P_BURGLARY", "NONE");
    surveys.close(before.id());
    SurveyRound after = surveys.draft("1284", "OPEN", List.of(), today.minusDays(5), today.plusDays(90));
    rounds.open(people.admin(), after.id());
    surveys.answer(after.id(), null, 6, "P_BURGLARY", "FAIRLY");
    surveys.answer(after.id(), null, 34, "P_BURGLARY", "SMALL");
    surveys.close(after.id());
    Promise p = new PromiseFixtures(promises, people).published("1284", "Enkät " + PromiseFixtures.unique(),
        today.plusDays(60), today.plusDays(400));

    mvc.perform(get("/api/v1/promises/{id}/evaluation", p.id()).param("comparison", "1282"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.categories[0].category").value("BURGLARY"))
        .andExpect(jsonPath("$.categories[0].survey.baseline.surveyId").value(before.id()))
        .andExpect(jsonPath("$.categories[0].survey.baseline.n").value(40))
        .andExpect(jsonPath("$.categories[0].survey.baseline.share").value(0.3))
        // Wilson of 12 in 40: 0.180748–0.454300; of 6 in 40: 0.070612–0.290723
        .andExpect(jsonPath("$.categories[0].survey.baseline.ciLow").value(closeTo(0.180748, 1e-6), Double.class))
        .andExpect(jsonPath("$.categories[0].survey.baseline.ciHigh").value(closeTo(0.454300, 1e-6), Double.class))
        .andExpect(jsonPath("$.categories[0].survey.outcome.surveyId").value(after.id()))
        .andExpect(jsonPath("$.categories[0].survey.outcome.share").value(0.15))
        .andExpect(jsonPath("$.categories[0].survey.outcome.ciLow").value(closeTo(0.070612, 1e-6), Double.class))
        .andExpect(jsonPath("$.categories[0].survey.outcome.ciHigh").value(closeTo(0.290723, 1e-6), Double.class))
        .andExpect(jsonPath("$.categories[0].survey.difference").value(closeTo(-0.15, 1e-9), Double.class))
        // pooled 18/80 = 0.225; se = √(0.225·0.775·(2/40)) = 0.093374; z = −1.6064; p = 0.10818
        .andExpect(jsonPath("$.categories[0].survey.pValue").value(closeTo(0.108178, 1e-6), Double.class))
        .andExpect(jsonPath("$.categories[0].survey.significant").value(false))
        .andExpect(jsonPath("$.categories[1].category").value("TRAFFIC"))
        .andExpect(jsonPath("$.categories[1].survey.baseline.suppressed").value(true))
        .andExpect(jsonPath("$.categories[1].survey.baseline.share").value(nullValue()))
        .andExpect(jsonPath("$.categories[1].survey.difference").value(nullValue()))
        .andExpect(jsonPath("$.categories[1].survey.note", containsString("suppressed")));
  }
}
