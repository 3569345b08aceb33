package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Population by year on PostgreSQL: SCB's layouts, the nearest-earlier-year rule, counties and the country as sums,
 * and files refused whole. Uses Gotland (the only kommun of county 09) and Kiruna, whose populations no other test
 * reads, and years before any real figure.
 */
@IntegrationTest
class PopulationsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Populations populations;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  private org.springframework.test.web.servlet.ResultActions upload(byte[] csv) throws Exception {
    return mvc.perform(post("/api/v1/populations").contentType("text/csv").content(csv)
        .with(httpBasic(people.admin().getUsername(), People.PASSWORD)));
  }

  @Test
  void aWideScbExportAddsYearsAndTheNearestEarlierYearAnswersAMissingOne() throws Exception {
    upload("\"region\",\"1981\",\"1983\"\n\"00 Riket\",\"8000000\",\"8100000\"\n\"09 Gotlands län\",\"1\",\"2\"\n\"0980 Gotland\",\"56 012\",\"56 500\"\n"
        .getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.years[0]").value(1981))
        .andExpect(jsonPath("$.figures").value(2));

    AreaPopulation in1982 = populations.of("0980", 1982).orElseThrow();
    assertThat(in1982.yearUsed()).isEqualTo(1981);
    assertThat(in1982.people()).isEqualTo(56_012);
    assertThat(in1982.substituted()).isTrue();
    assertThat(in1982.referenceDate()).isEqualTo(java.time.LocalDate.of(1981, 12, 31));
    // The county's row in the file (1, 2) is ignored: a county is the sum of its kommuner, here Gotland alone.
    assertThat(populations.of("09", 1983).orElseThrow().people()).isEqualTo(56_500);
    mvc.perform(get("/api/v1/populations").param("area", "0980").param("year", "1984"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.yearUsed").value(1983))
        .andExpect(jsonPath("$.people").value(56_500));
  }

  @Test
  void theCountryIsTheSumOfEveryKommunAndAYearOnlySomeKommunerHaveIsNotMixedIn() {
    long sum2024 = jdbc.sql("select sum(population) from organisation_population where year = 2024")
        .query(Long.class).single();
    assertThat(populations.of("SE", 2024).orElseThrow().people()).isEqualTo(sum2024);
    // Kiruna alone gets 1975: Norrbotten (25) keeps using a year all its kommuner have.
    jdbc.sql("insert into organisation_population values ('2584', 1975, 25000, '1975-12-31', 'test')").update();
    populations.forget(); // written past the import, which drops the snapshot itself
    assertThat(populations.of("2584", 1976).orElseThrow().yearUsed()).isEqualTo(1975);
    assertThat(populations.of("25", 1976).orElseThrow().yearUsed()).isNotEqualTo(1975);
    jdbc.sql("delete from organisation_population where municipality_code = '2584' and year = 1975").update();
    populations.forget();
  }

  @Test
  void aLongLayoutInWindows1252WithSemicolonsIsRead() throws Exception {
    byte[] csv = "Region;År;Folkmängd\n0980 Gotland (Visby, Slite och Hemse);1985;57 111\n"
        .getBytes(Charset.forName("windows-1252"));
    upload(csv).andExpect(status().isCreated()).andExpect(jsonPath("$.years[0]").value(1985));
    assertThat(populations.of("0980", 1985).orElseThrow().people()).isEqualTo(57_111);
  }

  @Test
  void aBadFileNamesEveryLineAndStoresNothing() throws Exception {
    int before = jdbc.sql("select count(*) from organisation_population").query(Integer.class).single();
    upload("region,1987\n0980 Gotland,57000\n9999 Nowhere,10\n2584 Kiruna,-5\nGotland,1\n"
        .getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("region"))
        .andExpect(jsonPath("$.errors[1].line").value(4))
        .andExpect(jsonPath("$.errors[1].field").value("1987"))
        .andExpect(jsonPath("$.errors[2].line").value(5));
    assertThat(jdbc.sql("select count(*) from organisation_population").query(Integer.class).single())
        .isEqualTo(before);
    upload("".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent());
    upload("kommun;antal\n0980;1\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(1));
    upload("region,1988,1988\n0980,1,2\n".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void onlyAdminsImportAndEachImportIsAudited() throws Exception {
    mvc.perform(post("/api/v1/populations").contentType("text/csv").content("region,1989\n0980,1\n")
        .with(httpBasic(people.coordinator("0980").getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    assertThat(populations.of("0980", 1989).map(AreaPopulation::yearUsed)).isNotEqualTo(java.util.Optional.of(1989));
    upload("region,1989\n0980,58000\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
    assertThat(audit.forEntity("Population", "1989")).extracting(AuditTrail.AuditEntry::action)
        .contains("POPULATION_IMPORTED");
  }
}
