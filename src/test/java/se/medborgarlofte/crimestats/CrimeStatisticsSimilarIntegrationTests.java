package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * A kommun beside similar kommuner, hand-checked. Uppsala county, SCB 1 Nov 2024: Tierp 21 118; within ±25 %
 * (15 838.5–26 397.5) are Håbo 22 947, Knivsta 21 073 and Östhammar 22 164, not Heby 14 352, Älvkarleby 9 546,
 * Enköping 48 551 or Uppsala 247 947. No other test gives Uppsala county figures.
 */
@IntegrationTest
class CrimeStatisticsSimilarIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired CrimeStatisticsImport importer;

  /** The same figures in each test (a fresh note keeps each file's hash its own; the values do not change). */
  private void importFigures() {
    String csv = "status;period;area_code;crime_type;count;note\n"
        + "FINAL;2019;0360;TOTAL;2000;" + UUID.randomUUID() + "\n"
        + "FINAL;2019;0305;TOTAL;1500;x\n"
        + "FINAL;2019;0330;TOTAL;1000;x\n"
        + "FINAL;2019;0382;TOTAL;..;x\n"
        + "FINAL;2019;0331;TOTAL;700;x\n";
    importer.importFile(people.admin(), "uppsala-lan.csv", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aKommunIsComparedWithTheKommunerOfItsCountyOfASimilarSize() throws Exception {
    importFigures();

    // Rates from the 2024 population (no earlier year is stored): Håbo 1500 / 22 947 × 100 000 = 6 536.80,
    // Knivsta 1000 / 21 073 × 100 000 = 4 745.41; the group (Östhammar has no count) 2 500 / 44 020 × 100 000
    // = 5 679.24.
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "0360").param("crimeType", "TOTAL")
        .param("year", "2019"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.similar.basis").value("COUNTY_POPULATION"))
        .andExpect(jsonPath("$.similar.areas.length()").value(3))
        .andExpect(jsonPath("$.similar.areas[0].code").value("0305"))
        .andExpect(jsonPath("$.similar.areas[0].name").value("Håbo"))
        .andExpect(jsonPath("$.similar.areas[0].ratePer100k").value(6536.80))
        .andExpect(jsonPath("$.similar.areas[1].code").value("0330"))
        .andExpect(jsonPath("$.similar.areas[1].ratePer100k").value(4745.41))
        .andExpect(jsonPath("$.similar.areas[2].code").value("0382"))
        .andExpect(jsonPath("$.similar.areas[2].count").doesNotExist())
        .andExpect(jsonPath("$.similar.ratePer100k").value(5679.24))
        .andExpect(jsonPath("$.current.ratePer100k").value(9470.59));
  }

  @Test
  void theCallerMayPickTheComparisonSetAndAnUnknownKommunIsNamed() throws Exception {
    importFigures();
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "0360").param("crimeType", "TOTAL")
        .param("year", "2019").param("similarTo", "0331,0380"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.similar.basis").value("CHOSEN"))
        .andExpect(jsonPath("$.similar.areas[0].code").value("0331"))
        .andExpect(jsonPath("$.similar.areas[1].code").value("0380"))
        .andExpect(jsonPath("$.similar.areas[1].count").doesNotExist());
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "0360").param("crimeType", "TOTAL")
        .param("year", "2019").param("similarTo", "0331,9999"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("similarTo"))
        .andExpect(jsonPath("$.errors[0].message").value("\"9999\" is not a kommun code"));
  }
}
