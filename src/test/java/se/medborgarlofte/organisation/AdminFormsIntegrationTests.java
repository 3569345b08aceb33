package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/** Organisation's admin forms answer unreadable input on the form page, with 422, and change nothing. */
@IntegrationTest
class AdminFormsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired LocalPoliceAreas areas;

  @Test
  void anImpossibleDateWhenLinkingAKommunIsShownOnTheLpoPage() throws Exception {
    long lpo = areas.findId("Syd", "Ängelholm").orElseThrow();
    int linksBefore = areas.get(lpo).municipalities().size();
    var response = mvc.perform(post("/admin/lokalpolisomraden/{id}/kommuner", lpo).with(user(people.admin()))
            .with(csrf()).param("municipalityCode", "1257").param("validFrom", "2025-02-30"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("organisation/lpo"))
        .andReturn().getResponse();
    assertThat(Jsoup.parse(response.getContentAsString()).select("#validFrom-error").text()).contains("2025-02-30");
    assertThat(areas.get(lpo).municipalities()).hasSize(linksBefore);
  }

  @Test
  void anLpoThatIsNoNumberIsShownOnTheUserPage() throws Exception {
    var member = people.nobody();
    var response = mvc.perform(post("/admin/anvandare/{id}/medlemskap", member.id()).with(user(people.admin()))
            .with(csrf()).param("role", "POLICE").param("lpoId", "Ängelholm"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("organisation/user"))
        .andReturn().getResponse();
    assertThat(Jsoup.parse(response.getContentAsString()).select("#lpoId-error").text()).contains("Ängelholm");
  }

  @Test
  void aWrongCurrentPasswordIsShownOnTheAccountPageWith422() throws Exception {
    var member = people.coordinator("1278");
    var response = mvc.perform(post("/konto/losenord").with(user(member)).with(csrf())
            .param("currentPassword", "not-my-password-at-all").param("newPassword", "a-brand-new-password-1")
            .param("repeatPassword", "a-brand-new-password-1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("organisation/account"))
        .andReturn().getResponse();
    assertThat(Jsoup.parse(response.getContentAsString()).select(".error-summary").text())
        .contains("currentPassword");
  }

  @Test
  void aTakenCategoryCodeIsAConflictShownOnTheCategoriesPage() throws Exception {
    var response = mvc.perform(post("/admin/kategorier").with(user(people.admin())).with(csrf())
            .param("code", "BURGLARY").param("labelSv", "Inbrott").param("labelEn", "Burglary"))
        .andExpect(status().isConflict())
        .andExpect(view().name("admin/categories"))
        .andReturn().getResponse();
    assertThat(Jsoup.parse(response.getContentAsString()).select(".error-summary").text()).contains("code");
  }
}
