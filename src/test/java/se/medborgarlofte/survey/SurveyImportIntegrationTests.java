package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Importing published results of earlier years, with the corpus of broken files in {@code survey/}: each is refused
 * whole with the line, column, value and reason, and stores nothing. Klippan (1276) and Bjuv (1260) are used by no
 * other test.
 */
@IntegrationTest
class SurveyImportIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyFixtures fixtures;

  ResultActions upload(String kommun, byte[] file, Member as) throws Exception {
    return mvc.perform(post("/api/v1/municipalities/" + kommun + "/survey-results/imports").contentType("text/csv")
        .content(file).with(httpBasic(as.getUsername(), People.PASSWORD)));
  }

  static byte[] file(String name) throws IOException {
    return new ClassPathResource("survey/" + name).getContentAsByteArray();
  }

  long stored(String kommun) {
    return jdbc.sql("select count(*) from survey_published_result where municipality_code = ?").param(kommun)
        .query(Long.class).single();
  }

  @Test
  void aCoordinatorImportsHerKommunsPublishedYearsAndTheTrendShowsThemBesideOurRounds() throws Exception {
    Member coordinator = people.coordinator("1276");
    upload("1276", file("good.csv"), coordinator).andExpect(status().isCreated())
        .andExpect(jsonPath("$.rows").value(3));
    upload("1276", file("good.csv"), people.coordinator("1260")).andExpect(status().isForbidden());
    SurveyRound round = fixtures.open("1276", "OPEN", List.of());
    fixtures.answer(round.id(), null, 30, "P_LITTERING", "FAIRLY");
    fixtures.close(round.id());
    mvc.perform(get("/api/v1/municipalities/1276/survey-trends").param("item", "P_LITTERING"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.points.length()").value(3))
        .andExpect(jsonPath("$.points[0].year").value(2019))
        .andExpect(jsonPath("$.points[0].source").value("PUBLISHED"))
        .andExpect(jsonPath("$.points[0].publishedIndex").value(1.66))
        .andExpect(jsonPath("$.points[0].mean").doesNotExist())
        .andExpect(jsonPath("$.points[1].year").value(2020))
        .andExpect(jsonPath("$.points[1].publishedShare").value(0.28))
        .andExpect(jsonPath("$.points[2].source").value("ROUND"))
        .andExpect(jsonPath("$.points[2].surveyId").value(round.id()))
        .andExpect(jsonPath("$.points[2].topBoxShare").value(1.0))
        .andExpect(jsonPath("$.points[2].publishedIndex").doesNotExist());
    mvc.perform(get("/api/v1/municipalities/1276/survey-trends").param("item", "P_LITTERNG"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no survey item P_LITTERNG")));
    mvc.perform(get("/api/v1/municipalities/1260/survey-trends").param("item", "P_LITTERING"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(0));
  }

  @Test
  void aWindows1252FileIsReadAsSwedishSpreadsheetsSaveIt() throws Exception {
    upload("1260", file("windows-1252.csv"), people.admin()).andExpect(status().isCreated());
    assertThat(jdbc.sql("select area_code from survey_published_result where municipality_code = '1260'")
        .query(String.class).list()).containsExactly("Torekov-Väster");
  }

  @Test
  void everyBrokenFileIsRefusedWholeNamingLineColumnValueAndReason() throws Exception {
    Member admin = people.admin();
    upload("1276", file("tab-separated.csv"), admin).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(1))
        .andExpect(jsonPath("$.errors[0].line").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("header"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
            "separated by ';' or ','")));
    upload("1276", file("missing-column.csv"), admin).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
            "missing column(s) published_index, n")));
    upload("1276", file("empty.csv"), admin).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("the file is empty")));
    long before = stored("1276");
    upload("1276", file("unknown-item.csv"), admin).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(5))
        .andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("item"))
        .andExpect(jsonPath("$.errors[0].value").value("P_NO_SUCH_ITEM"))
        .andExpect(jsonPath("$.errors[0].message").value("no survey item has this code"))
        .andExpect(jsonPath("$.errors[1].line").value(4))
        .andExpect(jsonPath("$.errors[1].field").value("published_share"))
        .andExpect(jsonPath("$.errors[1].value").value("1,4"))
        .andExpect(jsonPath("$.errors[2].field").value("year"))
        .andExpect(jsonPath("$.errors[3].field").value("published_index"))
        .andExpect(jsonPath("$.errors[4].field").value("n"));
    // Line 2 of that file was good, and still nothing of it was stored.
    assertThat(stored("1276")).isEqualTo(before);
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsReadAndChangesNothing() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024];
    byte[] header = "year;area;item;published_index;published_share;n\n".getBytes();
    System.arraycopy(header, 0, big, 0, header.length);
    java.util.Arrays.fill(big, header.length, big.length, (byte) '\n');
    long before = jdbc.sql("select count(*) from survey_import").query(Long.class).single();
    upload("1260", big, people.admin()).andExpect(status().isPayloadTooLarge());
    assertThat(jdbc.sql("select count(*) from survey_import").query(Long.class).single()).isEqualTo(before);
  }
}
