package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * A form that cannot be read is answered by the form itself: 422, what was typed, and the problem beside the field
 * it concerns, with nothing stored.
 */
@IntegrationTest
class PromiseFormsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired PromiseQueries queries;
  @Autowired People people;

  PromiseFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
  }

  @Test
  void anImpossibleDateInTheDraftFormIsShownOnTheFormAndNothingIsStored() throws Exception {
    String title = "Felaktigt datum " + PromiseFixtures.unique();
    var response = mvc.perform(post("/admin/loften/nytt").with(user(fx.admin)).with(csrf())
            .param("municipalityCode", "1278").param("localPoliceAreaId", String.valueOf(fx.angelholm))
            .param("title", title).param("validFrom", "2025-13-45").param("validTo", "2025-12-31")
            .param("followUpIntervalMonths", "6").param("problemCategories", "BURGLARY"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("promise/admin-form"))
        .andReturn().getResponse();
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select(".error-summary a[href=#validFrom]").text()).contains("validFrom").contains("2025-13-45");
    assertThat(page.select("#validFrom-error").text()).contains("2025-13-45").contains("YYYY-MM-DD");
    assertThat(page.select("#validFrom").val()).isEqualTo("2025-13-45");
    assertThat(page.select("#title").val()).isEqualTo(title);
    assertThat(page.select("#cat-BURGLARY").hasAttr("checked")).isTrue();
    assertThat(queries.forMember(fx.admin, "1278", null)).noneMatch(w -> w.title().equals(title));
  }

  @Test
  void anUnknownPartyInTheCommitmentFormIsShownOnThePromisePageAndNothingIsAdded() throws Exception {
    Promise p = fx.draft("Åtagande " + PromiseFixtures.unique());
    int before = p.working().commitments().size();
    var response = mvc.perform(post("/admin/loften/{id}/ataganden", p.id()).with(user(fx.admin)).with(csrf())
            .param("party", "KING").param("text", "Kungen patrullerar").param("activityType", "PATROL_PRESENCE")
            .param("places", "Torget, Hamnen"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("promise/admin-overview"))
        .andReturn().getResponse();
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("#party-error").text()).contains("KING");
    assertThat(page.select("#text").text()).isEqualTo("Kungen patrullerar");
    assertThat(page.select("#places").val()).isEqualTo("Torget, Hamnen");
    assertThat(promises.find(p.id()).orElseThrow().working().commitments()).hasSize(before);
  }

  @Test
  void aRuleTheServiceEnforcesIsAlsoAnsweredOnTheFormWith422() throws Exception {
    var response = mvc.perform(post("/admin/loften/nytt").with(user(fx.admin)).with(csrf())
            .param("municipalityCode", "1278").param("localPoliceAreaId", String.valueOf(fx.angelholm))
            .param("title", "").param("validFrom", "2025-01-01").param("validTo", "2025-12-31"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("promise/admin-form"))
        .andReturn().getResponse();
    assertThat(Jsoup.parse(response.getContentAsString()).select("#title-error").text()).isNotBlank();
  }

  @Test
  void signingAndExtensionFormsKeepWhatWasTypedWhenTheDateIsImpossible() throws Exception {
    Promise draft = fx.draft("Underskrift " + PromiseFixtures.unique());
    var signing = mvc.perform(post("/admin/loften/{id}/underskrifter", draft.id()).with(user(fx.admin)).with(csrf())
            .param("party", "POLICE").param("name", "Anna Polis").param("title", "Lokalpolisområdeschef")
            .param("signedOn", "2025-02-30").param("place", "Ängelholm"))
        .andExpect(status().isUnprocessableContent())
        .andReturn().getResponse();
    Document page = Jsoup.parse(signing.getContentAsString());
    assertThat(page.select("#signedOn-error").text()).contains("2025-02-30");
    assertThat(page.select("#signedOn").val()).isEqualTo("2025-02-30");
    assertThat(page.select("#signTitle").val()).isEqualTo("Lokalpolisområdeschef");
    assertThat(promises.find(draft.id()).orElseThrow().working().signatures()).isEmpty();

    Promise published = fx.published("Förlängning " + PromiseFixtures.unique());
    var extension = mvc.perform(post("/admin/loften/{id}/forlang", published.id()).with(user(fx.admin)).with(csrf())
            .param("validTo", "2026-31-12").param("note", "Ett år till"))
        .andExpect(status().isUnprocessableContent())
        .andReturn().getResponse();
    page = Jsoup.parse(extension.getContentAsString());
    assertThat(page.select("#validTo-error").text()).contains("2026-31-12");
    assertThat(page.select("#extValidTo").val()).isEqualTo("2026-31-12");
    assertThat(page.select("#note").text()).isEqualTo("Ett år till");
    assertThat(promises.find(published.id()).orElseThrow().extensionsOf(1)).isEmpty();
  }
}
