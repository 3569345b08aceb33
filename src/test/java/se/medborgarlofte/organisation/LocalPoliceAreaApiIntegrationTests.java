package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

@IntegrationTest
class LocalPoliceAreaApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired LocalPoliceAreas areas;

  String unique() {
    return "LPO " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAdminCreatesAnLpoAndADuplicateAnswers409WithTheExistingId() throws Exception {
    Member admin = people.admin();
    String name = unique();
    String body = "{\"name\":\"" + name + "\",\"policeRegion\":\"Syd\"}";
    String created = mvc.perform(post("/api/v1/local-police-areas").with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.id").isNumber())
        .andReturn().getResponse().getContentAsString();
    long id = areas.findId("Syd", name).orElseThrow();
    assertThat(created).contains("\"id\":" + id);
    mvc.perform(post("/api/v1/local-police-areas").with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body.replace(name, name.toUpperCase())))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.id").value(id));
  }

  @Test
  void anAdminLinksAnLpoWithDatesAndTheKommunShowsIt() throws Exception {
    Member admin = people.admin();
    long id = areas.create(unique(), "Syd", null);
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/1280")
            .with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"validFrom\":\"2020-01-01\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.municipalities[0].code").value("1280"))
        .andExpect(jsonPath("$.municipalities[0].validFrom").value("2020-01-01"));
    mvc.perform(get("/api/v1/municipalities/1280"))
        .andExpect(jsonPath("$.localPoliceAreas[*].id", hasItem((int) id)));
    mvc.perform(get("/kommuner/1280")).andExpect(content().string(org.hamcrest.Matchers.containsString(
        areas.get(id).name())));
  }

  @Test
  void anEndedLinkNoLongerCountsAsCovering() throws Exception {
    Member admin = people.admin();
    long id = areas.create(unique(), "Syd", null);
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/1281")
            .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validFrom\":\"2015-01-01\",\"validTo\":\"2019-12-31\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/municipalities/1281"))
        .andExpect(jsonPath("$.localPoliceAreas[*].id", org.hamcrest.Matchers.not(hasItem((int) id))));
  }

  @Test
  void invalidBodiesAnswer422NamingTheFieldAndChangeNothing() throws Exception {
    Member admin = people.admin();
    int before = areas.all().size();
    mvc.perform(post("/api/v1/local-police-areas").with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"policeRegion\":\"Atlantis\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("name", "policeRegion")));
    mvc.perform(post("/api/v1/local-police-areas").with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isUnprocessableContent());
    long id = areas.create(unique(), "Syd", null);
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/9999")
            .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validFrom\":\"2020-01-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/1278")
            .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validFrom\":\"2020-13-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/1278")
            .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validFrom\":\"2020-01-01\",\"validTo\":\"2019-01-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("validTo"));
    assertThat(areas.get(id).municipalities()).isEmpty();
    assertThat(areas.all()).hasSize(before + 1);
    mvc.perform(put("/api/v1/local-police-areas/999999/municipalities/1278")
            .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validFrom\":\"2020-01-01\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyChangeIsInTheAuditTrail() throws Exception {
    Member admin = people.admin();
    String name = unique();
    mvc.perform(post("/api/v1/local-police-areas").with(httpBasic(admin.getUsername(), People.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"policeRegion\":\"Väst\"}"))
        .andExpect(status().isCreated());
    long id = areas.findId("Väst", name).orElseThrow();
    mvc.perform(put("/api/v1/local-police-areas/" + id + "/municipalities/1480")
        .with(httpBasic(admin.getUsername(), People.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"validFrom\":\"2021-01-01\"}")).andExpect(status().isOk());
    var entries = jdbc.sql("""
        select actor, action, before_state::text as b, after_state::text as a from shared_audit_entry
        where entity_type = 'LocalPoliceArea' and entity_id = ? order by id""").param(String.valueOf(id))
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
    assertThat(entries).extracting(e -> e[1]).containsExactly("LPO_CREATED", "LPO_LINKED");
    assertThat(entries).extracting(e -> e[0]).containsOnly(admin.getUsername());
    assertThat(entries.get(1)[2]).doesNotContain("1480");
    assertThat(entries.get(1)[3]).contains("1480");
  }
}
