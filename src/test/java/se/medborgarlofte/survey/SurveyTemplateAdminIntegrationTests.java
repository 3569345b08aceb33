package se.medborgarlofte.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.People;

/**
 * An admin edits a template in the workspace: always as a new version, through the API's validation, with errors
 * beside their fields and nothing saved until the whole form is right; a frozen template is copied, never changed.
 */
@IntegrationTest
class SurveyTemplateAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired SurveyTemplates templates;
  @Autowired SurveyFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyRounds rounds;

  private SurveyTemplate small() {
    return templates.create(people.admin(), new TemplateRequest("edit-" + Matrix.unique(), "Liten", List.of(
        new TemplateRequest.Item("Q1", "SAFETY", "Trygg?", "Safe?", "YES_NO", null, List.of(
            new TemplateRequest.Option("NO", "Nej", "No", 0.0), new TemplateRequest.Option("YES", "Ja", "Yes", 1.0),
            new TemplateRequest.Option("DK", "Vet ej", "Don't know", null)), List.of("YES")))));
  }

  /** The small template's form as the editor posts it back, with a second item and its option values. */
  private MockHttpServletRequestBuilder twoItems(long id, Member admin, String secondValue) {
    return post("/admin/enkater/mallar/" + id + "/ny-version").with(user(admin)).with(csrf())
        .param("action", "save").param("name", "Liten")
        .param("items[0].code", "Q1").param("items[0].group", "SAFETY").param("items[0].textSv", "Känner du dig trygg?")
        .param("items[0].textEn", "Safe?").param("items[0].type", "YES_NO").param("items[0].category", "")
        .param("items[0].options[0].code", "NO").param("items[0].options[0].labelSv", "Nej")
        .param("items[0].options[0].labelEn", "No").param("items[0].options[0].value", "0")
        .param("items[0].options[1].code", "YES").param("items[0].options[1].labelSv", "Ja")
        .param("items[0].options[1].labelEn", "Yes").param("items[0].options[1].value", "1")
        .param("items[0].options[1].topBox", "true")
        .param("items[0].options[2].code", "DK").param("items[0].options[2].labelSv", "Vet ej")
        .param("items[0].options[2].labelEn", "Don't know").param("items[0].options[2].value", "")
        .param("items[1].code", "Q2").param("items[1].group", "PROBLEM").param("items[1].textSv", "Nedskräpning")
        .param("items[1].textEn", "Litter").param("items[1].type", "SCALE").param("items[1].category", "")
        .param("items[1].options[0].code", "SMALL").param("items[1].options[0].labelSv", "Litet")
        .param("items[1].options[0].labelEn", "Small").param("items[1].options[0].value", "0")
        .param("items[1].options[1].code", "BIG").param("items[1].options[1].labelSv", "Stort")
        .param("items[1].options[1].labelEn", "Big").param("items[1].options[1].value", secondValue)
        .param("items[1].options[1].topBox", "true");
  }

  /** Presses another of the editor's buttons than save. */
  private static org.springframework.test.web.servlet.request.RequestPostProcessor action(String action) {
    return request -> {
      request.setParameter("action", action);
      return request;
    };
  }

  private long versions(String code) {
    return jdbc.sql("select count(*) from survey_template where code = ?").param(code).query(Long.class).single();
  }

  @Test
  void anAdminSavesAChangedTextAndANewItemAsTheNextVersionAfterFixingABadValue() throws Exception {
    Member admin = people.admin();
    SurveyTemplate v1 = small();
    mvc.perform(get("/admin/enkater/mallar").with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(v1.code())));
    mvc.perform(get("/admin/enkater/mallar/" + v1.id() + "/ny-version").with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"Trygg?\"")))
        .andExpect(content().string(Matchers.containsString("Spara som version 2")));

    mvc.perform(twoItems(v1.id(), admin, "mycket"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("<span class=\"field-error\" "
            + "id=\"items[1].options[1].value-error\">must be a number between -1000 and 1000")))
        // What was typed is shown again, to be fixed rather than retyped.
        .andExpect(content().string(Matchers.containsString("value=\"Känner du dig trygg?\"")));
    mvc.perform(twoItems(v1.id(), admin, "5000")).andExpect(status().isUnprocessableContent());
    assertThat(versions(v1.code())).isEqualTo(1);

    String location = mvc.perform(twoItems(v1.id(), admin, "1,5")).andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    SurveyTemplate v2 = templates.get(id);
    assertThat(v2.code()).isEqualTo(v1.code());
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.items()).extracting(TemplateItem::code).containsExactly("Q1", "Q2");
    assertThat(v2.item("Q1").orElseThrow().textSv()).isEqualTo("Känner du dig trygg?");
    assertThat(v2.item("Q1").orElseThrow().option("DK").orElseThrow().value()).isNull();
    assertThat(v2.item("Q2").orElseThrow().option("BIG").orElseThrow().value()).isEqualTo(1.5);
    assertThat(v2.item("Q2").orElseThrow().topBox()).containsExactly("BIG");
    assertThat(templates.get(v1.id()).items()).isEqualTo(v1.items());
    assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'SURVEY_TEMPLATE_CREATED' "
        + "and entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    mvc.perform(get(location).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Nedskräpning")));
  }

  @Test
  void theEditorsButtonsAddAndRemoveItemsAndOptionsWithoutSaving() throws Exception {
    Member admin = people.admin();
    SurveyTemplate v1 = small();
    String base = "/admin/enkater/mallar/" + v1.id() + "/ny-version";
    mvc.perform(twoItems(v1.id(), admin, "1").with(action("addItem"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"items[2].options[1].code\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"items[3].code\""))));
    mvc.perform(twoItems(v1.id(), admin, "1").with(action("removeItem:0"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"items[1].code\""))))
        .andExpect(content().string(Matchers.containsString("value=\"Q2\"")));
    mvc.perform(twoItems(v1.id(), admin, "1").with(action("addOption:1"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"items[1].options[2].code\"")));
    mvc.perform(twoItems(v1.id(), admin, "1").with(action("removeOption:0:2"))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"items[0].options[2].code\""))));
    // A stale index changes nothing rather than failing.
    mvc.perform(twoItems(v1.id(), admin, "1").with(action("removeOption:9:9"))).andExpect(status().isOk());
    assertThat(versions(v1.code())).isEqualTo(1);
    // Removing the last option below two is refused on saving, beside the item's options.
    mvc.perform(post(base).with(user(admin)).with(csrf()).param("action", "save").param("name", "Liten")
            .param("items[0].code", "Q1").param("items[0].group", "SAFETY").param("items[0].textSv", "T")
            .param("items[0].textEn", "T").param("items[0].type", "YES_NO")
            .param("items[0].options[0].code", "NO").param("items[0].options[0].labelSv", "Nej")
            .param("items[0].options[0].labelEn", "No").param("items[0].options[0].value", "0"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("id=\"items[0].options-error\"")));
    assertThat(versions(v1.code())).isEqualTo(1);
  }

  @Test
  void aFrozenTemplateIsCopiedIntoANewVersionAndStaysAsItWas() throws Exception {
    Member admin = people.admin();
    SurveyTemplate v1 = small();
    SurveyRound round = rounds.create(admin, new RoundRequest(v1.id(), "1278", "Låser mallen",
        java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2099, 12, 31), "OPEN", List.of(), 30));
    rounds.open(admin, round.id());
    assertThat(templates.get(v1.id()).frozen()).isTrue();
    mvc.perform(get("/admin/enkater/mallar/" + v1.id()).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Låst (används av en öppnad mätning)")));
    // The editor copies even the whole standard template, every item of it.
    SurveyTemplate standard = fixtures.standard();
    assertThat(mvc.perform(get("/admin/enkater/mallar/" + standard.id() + "/ny-version").with(user(admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .contains("id=\"items[" + (standard.items().size() - 1) + "].code\"");
    mvc.perform(twoItems(v1.id(), admin, "1")).andExpect(status().is3xxRedirection());
    assertThat(templates.get(v1.id()).items()).isEqualTo(v1.items());
    assertThat(templates.get(v1.id()).frozen()).isTrue();
    assertThat(versions(v1.code())).isEqualTo(2);
  }

  @Test
  void onlyAdminsEditTemplates() throws Exception {
    SurveyTemplate v1 = small();
    Member coordinator = people.coordinator("1278");
    mvc.perform(get("/admin/enkater/mallar").with(user(coordinator))).andExpect(status().isForbidden());
    mvc.perform(twoItems(v1.id(), coordinator, "1")).andExpect(status().isForbidden());
    // Without the form's CSRF token even the admin's post is refused.
    mvc.perform(post("/admin/enkater/mallar/" + v1.id() + "/ny-version").with(user(people.admin()))
        .param("action", "save").param("name", "Liten")).andExpect(status().isForbidden());
    assertThat(versions(v1.code())).isEqualTo(1);
  }
}
