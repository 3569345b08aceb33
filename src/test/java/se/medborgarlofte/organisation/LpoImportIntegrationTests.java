package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

@IntegrationTest
class LpoImportIntegrationTests {

  static final String HEADER = "lpo_name,police_region,kommun_code,valid_from,valid_to,note\n";

  @Autowired LpoImport importer;
  @Autowired LocalPoliceAreas areas;
  @Autowired MockMvc mvc;
  @Autowired People people;

  @Test
  void aGoodFileCreatesAreasAndDatedLinks() {
    String name = "Import " + UUID.randomUUID().toString().substring(0, 6);
    var result = importer.importCsv((HEADER
        + name + ",Syd,1280,2015-01-01,,Malmö\n"
        + name + ",Syd,1233,2015-01-01,2022-12-31,\"Vellinge, ended\"\n").getBytes(StandardCharsets.UTF_8));
    assertThat(result.linesRead()).isEqualTo(2);
    assertThat(result.areasCreated()).isEqualTo(1);
    var area = areas.get(areas.findId("Syd", name).orElseThrow());
    assertThat(area.municipalities()).extracting(LocalPoliceAreaView.Link::code).containsExactlyInAnyOrder("1280", "1233");
  }

  @Test
  void oneBadLineRejectsTheWholeFileNamingLineFieldAndReason() {
    String name = "Import " + UUID.randomUUID().toString().substring(0, 6);
    int before = areas.all().size();
    byte[] file = (HEADER
        + name + ",Syd,1280,2015-01-01,,\n"
        + name + ",Atlantis,9999,2015-02-30,,\n"
        + name + ",Syd,1233,2020-01-01,2019-01-01,\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importer.importCsv(file)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly(
            new FieldProblem(3, "police_region", "unknown police region 'Atlantis'"),
            new FieldProblem(3, "kommun_code", "unknown kommun code '9999'"),
            new FieldProblem(3, "valid_from", "'2015-02-30' is not a date (YYYY-MM-DD)"),
            new FieldProblem(4, "valid_to", "is before valid_from")));
    assertThat(areas.all()).hasSize(before);
    assertThat(areas.findId("Syd", name)).isEmpty();
  }

  @Test
  void aFileInTheWrongEncodingIsRejectedWithItsLine() {
    byte[] latin1 = (HEADER + "Ängelholm,Syd,1278,2015-01-01,,\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> importer.importCsv(latin1)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.message()).contains("UTF-8");
        }));
  }

  @Test
  void missingColumnsEmptyFilesAndRaggedLinesAreExplained() {
    assertThatThrownBy(() -> importer.importCsv("name,region\nx,y\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).contains("lpo_name", "kommun_code"));
    assertThatThrownBy(() -> importer.importCsv(new byte[0])).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> importer.importCsv(HEADER.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> importer.importCsv((HEADER + "a,Syd\n").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).line()).isEqualTo(2));
    // A NUL in a name or a note (a binary or UTF-16 file) is named, not a 500 from the database (found by probing).
    assertThatThrownBy(() -> importer.importCsv((HEADER + "LPO Te\u0000st,Syd,1278,2020-01-01,,a\u0000b\n")
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::line, FieldProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "lpo_name"), org.assertj.core.groups.Tuple.tuple(2, "note")));
  }

  @Test
  void theApiImportAnswers422WithLinesAndChangesNothing() throws Exception {
    Member admin = people.admin();
    String name = "Api " + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/local-police-areas/import")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType("text/csv").content(HEADER + name + ",Nord,2480,2015-01-01,,\n" + name + ",Nord,24,x,,\n"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].line")
            .value(3))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
            .value("kommun_code"));
    assertThat(areas.findId("Nord", name)).isEmpty();
  }

  @Test
  void theAdminPageImportsAndShowsErrors() throws Exception {
    Member admin = people.admin();
    String name = "Web " + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(multipart("/admin/lokalpolisomraden/import").file(new MockMultipartFile("file", "lpo.csv",
            "text/csv", (HEADER + name + ",Nord,2480,2015-01-01,,\n").getBytes(StandardCharsets.UTF_8)))
            .with(user(admin)).with(csrf()))
        .andExpect(redirectedUrl("/admin/lokalpolisomraden"));
    assertThat(areas.findId("Nord", name)).isPresent();
    mvc.perform(multipart("/admin/lokalpolisomraden/import").file(new MockMultipartFile("file", "lpo.csv",
            "text/csv", (HEADER + name + ",Nord,2480,yesterday,,\n").getBytes(StandardCharsets.UTF_8)))
            .with(user(admin)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("valid_from")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Rad 2")));
  }
}
