package se.medborgarlofte.crimestats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The admin pages of crime statistics render on PostgreSQL: the upload form, the history and the types; an upload
 * goes to its import's page, which says how it ended; a refused crime type is answered on the form with 422.
 */
@IntegrationTest
class CrimeStatisticsAdminPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void anUploadLeadsToItsImportPageWhichSaysHowItEnded() throws Exception {
    var admin = user(people.admin());
    String csv = "status;period;area_code;crime_type;count;note\nFINAL;2016;1261;TOTAL;500;" + UUID.randomUUID()
        + "\nFINAL;2016X;1261;TOTAL;5;x\n";
    String location = mvc.perform(multipart("/admin/brottsstatistik/import")
        .file(new MockMultipartFile("file", "kavlinge.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .with(admin).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
        .getRedirectedUrl();
    assertThat(location).startsWith("/admin/brottsstatistik/importer/");
    String page = mvc.perform(get(location).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"import-status\"", "Inte importerad", "2016X", "kavlinge.csv");
    String overview = mvc.perform(get("/admin/brottsstatistik").with(admin)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(overview).contains("kavlinge.csv", "Inte importerad", "RESIDENTIAL_BURGLARY");
  }

  @Test
  void aRunningImportsPageShowsItsProgressAndALinkToUpdate() throws Exception {
    var admin = user(people.admin());
    String csv = "status;period;area_code;crime_type;count;note\nFINAL;2016;1262;TOTAL;500;" + UUID.randomUUID();
    String page;
    try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("select pg_advisory_lock(30000001)");
      try {
        String location = mvc.perform(multipart("/admin/brottsstatistik/import")
            .file(new MockMultipartFile("file", "lomma.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .with(admin).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        page = mvc.perform(get(location).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
      } finally {
        s.execute("select pg_advisory_unlock_all()");
      }
    }
    assertThat(page).contains("Pågår", "<progress", "import-progress.js", "Uppdatera");
  }

  @Test
  void aCrimeTypeWithoutNamesIsRefusedOnTheForm() throws Exception {
    String page = mvc.perform(post("/admin/brottsstatistik/brottstyper").param("code", "lower case")
        .param("problemCategory", "THEFT").with(user(people.admin())).with(csrf()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("code-error", "nameSv-error", "value=\"lower case\"");
  }
}
