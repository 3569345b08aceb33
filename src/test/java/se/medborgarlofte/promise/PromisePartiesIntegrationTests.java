package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Promises as they really are, through the API and the public pages, on PostgreSQL: several kommuner, third parties
 * owning commitments, a police-only promise, an archived promise, imprecise periods; and the seed's two-party case,
 * unchanged, through the old shorthands.
 */
@IntegrationTest
class PromisePartiesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired se.medborgarlofte.organisation.Places places;

  PromiseFixtures fx;
  Member coordinator;
  Member police;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
    coordinator = people.coordinator("1278");
    police = people.police(fx.angelholm);
  }

  UUID create(Member by, String body) throws Exception {
    String response = mvc.perform(post("/api/v1/promises").with(user(by)).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return UUID.fromString(json.readTree(response).get("id").asString());
  }

  ResultActions postJson(Member by, String path, String body, Object... vars) throws Exception {
    return mvc.perform(post(path, vars).with(user(by)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  ResultActions commit(Member by, UUID id, String body) throws Exception {
    return postJson(by, "/api/v1/promises/{id}/commitments", body, id);
  }

  ResultActions sign(Member by, UUID id, String party, String name) throws Exception {
    return postJson(by, "/api/v1/promises/{id}/signatures", """
        {"party":"%s","name":"%s","title":"Ordförande","signedOn":"2024-12-01","place":"Båstad"}"""
        .formatted(party, name), id);
  }

  static String draft(String extra, String title) {
    return """
        {"title":"%s","validFrom":"2025-01-01","validTo":"2025-12-31","problemCategories":["BURGLARY"],
         "introduction":"Inledning"%s}""".formatted(title, extra.isEmpty() ? "" : "," + extra);
  }

  static String commitment(String owners, String text) {
    return """
        {"owners":%s,"text":"%s","activityType":"PATROL_PRESENCE","problemCategories":["BURGLARY"]}"""
        .formatted(owners, text);
  }

  @Test
  void theSeedsBastad2017CaseStillWorksThroughTheShorthand() throws Exception {
    String title = "Medborgarlöfte Båstad 2017 " + PromiseFixtures.unique();
    UUID id = create(coordinator, """
        {"municipalityCode":"1278","localPoliceAreaId":%d,"title":"%s","validFrom":"2017-01-01",
         "validTo":"2017-12-31","problemCategories":["BURGLARY","TRAFFIC"],"introduction":"Lokalpolisområde Ängelholm och Båstads kommun avger härmed löfte"}""".formatted(fx.angelholm, title));
    commit(coordinator, id, """
        {"party":"MUNICIPALITY","text":"Kommunen bjuder in till grannsamverkan","activityType":"NEIGHBOURHOOD_WATCH",
         "problemCategories":["BURGLARY"]}""").andExpect(status().isCreated());
    commit(police, id, """
        {"party":"POLICE","text":"Polisen gör trafikkontroller på väg 115","activityType":"TRAFFIC_CONTROL",
         "problemCategories":["TRAFFIC"]}""").andExpect(status().isCreated());
    commit(police, id, """
        {"party":"JOINT","text":"Vi håller trygghetsvandringar i Torekov","activityType":"SAFETY_WALK",
         "problemCategories":["BURGLARY"]}""").andExpect(status().isCreated());
    postJson(police, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("the kommun has not signed")))
        .andExpect(jsonPath("$.detail", containsString("the police has not signed")));
    sign(coordinator, id, "MUNICIPALITY", "Karl Kommun").andExpect(status().isCreated())
        .andExpect(jsonPath("$.party").value("MUNICIPALITY")).andExpect(jsonPath("$.method").value("PAPER"));
    sign(police, id, "POLICE", "Anna Polis").andExpect(status().isCreated());
    mvc.perform(post("/api/v1/promises/{id}/publish", id).with(user(coordinator))).andExpect(status().isOk());

    mvc.perform(get("/api/v1/promises/{id}", id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.municipalityCode").value("1278"))
        .andExpect(jsonPath("$.localPoliceAreaId").value(fx.angelholm))
        .andExpect(jsonPath("$.parties[*].key", contains("MUNICIPALITY", "POLICE")))
        .andExpect(jsonPath("$.parties[1].localPoliceAreaIds[0]").value(fx.angelholm))
        .andExpect(jsonPath("$.periodPrecision").value("DAY"))
        .andExpect(jsonPath("$.validFrom").value("2017-01-01"))
        .andExpect(jsonPath("$.commitments[*].party", contains("MUNICIPALITY", "POLICE", "JOINT")))
        .andExpect(jsonPath("$.commitments[2].owners", contains("MUNICIPALITY", "POLICE")))
        .andExpect(jsonPath("$.commitments[2].kind").value("PROMISE"))
        .andExpect(jsonPath("$.source").isEmpty());
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(page.select(".promise-document h3").eachText()).containsExactly("Båstads kommun lovar",
        "Polisen i lokalpolisområde Ängelholm lovar", "Tillsammans lovar vi");
    assertThat(page.select(".party-list").text()).isEqualTo("Båstads kommun och Lokalpolisområde Ängelholm");
    assertThat(page.select(".period").text()).isEqualTo("2017-01-01 – 2017-12-31");
    mvc.perform(get("/api/v1/promises").param("municipality", "1278").param("year", "2017"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));
  }

  @Test
  void aThreeKommunPromiseIsShownOnEachKommunPageAndEachKommunsCoordinatorMayEditIt() throws Exception {
    String title = "Tre kommuner " + PromiseFixtures.unique();
    UUID id = create(coordinator, draft("""
        "municipalityCodes":["1278","1284","1257"],"localPoliceAreaIds":[%d],
        "municipalityPartyName":"Kommunerna Båstad, Höganäs och Örkelljunga\"""".formatted(fx.angelholm), title));
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(coordinator)))
        .andExpect(jsonPath("$.municipalityCodes", contains("1278", "1284", "1257")))
        .andExpect(jsonPath("$.parties[0].name").value("Kommunerna Båstad, Höganäs och Örkelljunga"))
        .andExpect(jsonPath("$.parties[0].municipalityCodes", contains("1278", "1284", "1257")));
    for (String code : new String[] {"1284", "1257"}) {
      Member other = people.coordinator(code);
      mvc.perform(put("/api/v1/promises/{id}", id).with(user(other)).contentType(MediaType.APPLICATION_JSON)
              .content(draft("\"municipalityPartyName\":\"Kommunerna Båstad, Höganäs och Örkelljunga\"",
                  title + " " + code)))
          .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title + " " + code));
    }
    Member outsider = people.coordinator("1285");
    mvc.perform(put("/api/v1/promises/{id}", id).with(user(outsider)).contentType(MediaType.APPLICATION_JSON)
        .content(draft("", "Kapad"))).andExpect(status().isNotFound());
    commit(people.coordinator("1257"), id, commitment("[\"MUNICIPALITY\"]", "Kommunerna lyser upp gångvägar"))
        .andExpect(status().isCreated());
    sign(people.coordinator("1284"), id, "MUNICIPALITY", "Hanna Höganäs").andExpect(status().isCreated());
    sign(police, id, "POLICE", "Anna Polis").andExpect(status().isCreated());
    postJson(coordinator, "/api/v1/promises/{id}/publish", "{}", id).andExpect(status().isOk());
    mvc.perform(put("/api/v1/promises/{id}", id).with(user(outsider)).contentType(MediaType.APPLICATION_JSON)
        .content(draft("", "Kapad"))).andExpect(status().isForbidden());

    for (String code : new String[] {"1278", "1284", "1257"}) {
      mvc.perform(get("/kommuner/{code}", code)).andExpect(status().isOk())
          .andExpect(content().string(containsString("/loften/" + id)));
      mvc.perform(get("/kommuner/{code}/loften.atom", code))
          .andExpect(content().string(containsString(id.toString())));
      mvc.perform(get("/api/v1/promises").param("municipality", code))
          .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));
    }
    mvc.perform(get("/kommuner/1285")).andExpect(content().string(not(containsString("/loften/" + id))));
    Document hits = Jsoup.parse(mvc.perform(get("/loften").param("q", title))
        .andReturn().getResponse().getContentAsString());
    assertThat(hits.select(".promise-list li").text()).contains("Båstad").contains("Höganäs")
        .contains("Örkelljunga");
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString());
    assertThat(page.select(".party-list").text())
        .isEqualTo("Kommunerna Båstad, Höganäs och Örkelljunga och Lokalpolisområde Ängelholm");
  }

  @Test
  void aCompanyAndAnAgencyOwnCommitmentsAndEachOwnerMustSign() throws Exception {
    String title = "Västra hamnen " + PromiseFixtures.unique();
    UUID id = create(coordinator, draft("""
        "municipalityCode":"1278","localPoliceAreaId":%d,
        "otherParties":[{"key":"kustbevakningen","name":"Kustbevakningen","kind":"AGENCY"},
                        {"key":"hamnbolaget","name":"Båstad Hamn AB","kind":"COMPANY"},
                        {"key":"parkering","name":"P-bolaget","kind":"COMPANY"}],
        "areas":[{"name":"Båstad hamn"}]""".formatted(fx.angelholm), title));
    commit(coordinator, id, commitment("[\"kustbevakningen\"]", "Kustbevakningen patrullerar hamnbassängen"))
        .andExpect(status().isCreated());
    commit(coordinator, id, """
        {"owners":["POLICE","hamnbolaget","MUNICIPALITY"],"ownerNote":"med flera","kind":"INVESTIGATE",
         "text":"Se över möjligheten till kameror vid gästhamnen","activityType":"CAMERA",
         "problemCategories":["VANDALISM"],"quantity":{"atLeast":6,"unit":"insatser","per":"YEAR"}}""")
        .andExpect(status().isCreated());
    commit(coordinator, id, commitment("[\"POLICE\",\"okand\"]", "Okänd part"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("owners"))
        .andExpect(jsonPath("$.errors[0].message", containsString("'okand'")));
    commit(coordinator, id, commitment("[\"POLICE\"]", "Polisen finns i hamnen")).andExpect(status().isCreated());
    Document workspace = Jsoup.parse(mvc.perform(get("/admin/loften/{id}", id).with(user(coordinator)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(workspace.select("#commitment-list .commitment-text").eachText())
        .contains("Kustbevakningen: Kustbevakningen patrullerar hamnbassängen")
        .anySatisfy(t -> assertThat(t).startsWith("Båstads kommun, Lokalpolisområde Ängelholm och Båstad Hamn AB:"));
    assertThat(workspace.select("#party option").eachAttr("value"))
        .containsExactly("", "MUNICIPALITY", "POLICE", "JOINT", "kustbevakningen", "hamnbolaget", "parkering");
    assertThat(workspace.select("#signParty option").eachText()).contains("Kustbevakningen", "P-bolaget");

    sign(coordinator, id, "MUNICIPALITY", "Karl Kommun").andExpect(status().isCreated());
    sign(police, id, "POLICE", "Anna Polis").andExpect(status().isCreated());
    sign(police, id, "POLICE", "Bertil Biträdande").andExpect(status().isCreated());
    sign(police, id, "POLICE", "Anna Polis").andExpect(status().isConflict());
    postJson(police, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("Kustbevakningen has not signed")))
        .andExpect(jsonPath("$.detail", containsString("Båstad Hamn AB has not signed")))
        .andExpect(jsonPath("$.detail", not(containsString("P-bolaget"))));
    // Third parties have no accounts: the promise's own coordinators and police record their paper signatures; an
    // admin does not, and nobody signs for them in the app.
    sign(fx.admin, id, "kustbevakningen", "Kerstin Kust").andExpect(status().isForbidden());
    sign(people.signatoryForMunicipality("1278"), id, "kustbevakningen", "Kerstin Kust")
        .andExpect(status().isForbidden());
    sign(people.coordinator("1285"), id, "kustbevakningen", "Kerstin Kust").andExpect(status().isNotFound());
    sign(coordinator, id, "kustbevakningen", "Kerstin Kust").andExpect(status().isCreated())
        .andExpect(jsonPath("$.method").value("PAPER"));
    sign(police, id, "hamnbolaget", "Hans Hamn").andExpect(status().isCreated());
    postJson(police, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isOk());

    mvc.perform(get("/api/v1/promises/{id}", id))
        .andExpect(jsonPath("$.parties[*].key", contains("MUNICIPALITY", "POLICE", "kustbevakningen", "hamnbolaget",
            "parkering")))
        .andExpect(jsonPath("$.parties[2].kind").value("AGENCY"))
        .andExpect(jsonPath("$.areas[0].name").value("Båstad hamn"))
        .andExpect(jsonPath("$.commitments[1].owners", contains("MUNICIPALITY", "POLICE", "hamnbolaget")))
        .andExpect(jsonPath("$.commitments[1].party").isEmpty())
        .andExpect(jsonPath("$.commitments[1].ownerNote").value("med flera"))
        .andExpect(jsonPath("$.commitments[1].kind").value("INVESTIGATE"))
        .andExpect(jsonPath("$.commitments[1].quantity.atLeast").value(6))
        .andExpect(jsonPath("$.commitments[1].quantity.per").value("YEAR"))
        .andExpect(jsonPath("$.signatures", hasSize(5)));
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString());
    assertThat(page.select(".promise-document h3").eachText()).containsExactly(
        "Polisen i lokalpolisområde Ängelholm lovar", "Kustbevakningen lovar",
        "Båstads kommun, Polisen och Båstad Hamn AB lovar");
    assertThat(page.select(".commitment-kind").text()).contains("Vi undersöker möjligheten");
    assertThat(page.select(".quantity").text()).isEqualTo("Minst 6 insatser per år");
    assertThat(page.text()).contains("Kustbevakningen (myndighet)").contains("P-bolaget (företag)")
        .contains("med flera").contains("Båstad hamn");
    Document english = Jsoup.parse(mvc.perform(get("/loften/{id}", id).param("lang", "en"))
        .andReturn().getResponse().getContentAsString());
    assertThat(english.select(".promise-document h3").eachText()).contains("Kustbevakningen promise",
        "Båstad Municipality, the police and Båstad Hamn AB promise");
    assertThat(english.text()).contains("Kustbevakningen (agency)", "At least 6 insatser a year",
        "We will look into it (a promise to investigate, not to do)");
    byte[] pdf = mvc.perform(get("/loften/{id}.pdf", id)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Kustbevakningen lovar", "Minst 6 insatser per år", "Vi undersöker möjligheten");
    }
    mvc.perform(get("/loften").param("q", "Kustbevakningen"))
        .andExpect(content().string(containsString("/loften/" + id)));
    mvc.perform(get("/api/v1/promises").param("party", "kustbevakningen"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));
    mvc.perform(get("/api/v1/promises").param("party", "Båstad Hamn AB"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));
    mvc.perform(get("/api/v1/promises").param("party", "Nobina"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(0)));
  }

  @Test
  void aPolicePromiseNeedsNoKommunAndIsShownWhereItsLpoWorks() throws Exception {
    String title = "Bara polisen " + PromiseFixtures.unique();
    UUID id = create(police, draft("\"localPoliceAreaIds\":[%d]".formatted(fx.angelholm), title));
    commit(police, id, commitment("[\"MUNICIPALITY\"]", "Kommunen finns inte här"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("owners"));
    commit(police, id, commitment("[\"POLICE\"]", "Polisen är på plats vid stationen"))
        .andExpect(status().isCreated());
    sign(police, id, "MUNICIPALITY", "Karl Kommun").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("party"));
    sign(coordinator, id, "POLICE", "Karl Kommun").andExpect(status().isNotFound());
    sign(police, id, "POLICE", "Anna Polis").andExpect(status().isCreated());
    postJson(police, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isOk());
    mvc.perform(get("/api/v1/promises/{id}", id))
        .andExpect(jsonPath("$.municipalityCode").isEmpty())
        .andExpect(jsonPath("$.municipalityCodes", hasSize(0)))
        .andExpect(jsonPath("$.parties[*].key", contains("POLICE")))
        .andExpect(jsonPath("$.shownIn", org.hamcrest.Matchers.hasItems("1278", "1284", "1257")));
    mvc.perform(get("/kommuner/1278")).andExpect(content().string(containsString("/loften/" + id)));
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString());
    assertThat(page.select(".party-list").text()).isEqualTo("Lokalpolisområde Ängelholm");
    assertThat(page.select(".promise-document h3").eachText())
        .containsExactly("Polisen i lokalpolisområde Ängelholm lovar");
    // The kommun is no party: its coordinator neither edits nor reads the police's drafts.
    UUID draft = create(police, draft("\"localPoliceAreaIds\":[%d]".formatted(fx.angelholm), title + " utkast"));
    mvc.perform(get("/api/v1/promises/{id}", draft).with(user(coordinator))).andExpect(status().isNotFound());
  }

  @Test
  void anArchivedPromiseWithNoSignaturesIsPublishedFromItsSourceAndSaysWhere() throws Exception {
    String title = "Arkiverat " + PromiseFixtures.unique();
    UUID id = create(coordinator, draft("""
        "municipalityCode":"1278","localPoliceAreaId":%d,
        "source":{"url":"https://polisen.se/om-polisen/medborgarloften/bastad/","title":"Polisen: Medborgarlöfte Båstad",
                  "publishedOn":"2019-01-10"}""".formatted(fx.angelholm), title));
    commit(coordinator, id, commitment("[\"JOINT\"]".replace("JOINT", "POLICE"), "Polisen syns i centrum"))
        .andExpect(status().isCreated());
    postJson(coordinator, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("fromSource")));
    Member outsider = people.coordinator("1285");
    postJson(outsider, "/api/v1/promises/{id}/publish", "{\"fromSource\":true}", id)
        .andExpect(status().isNotFound());
    postJson(coordinator, "/api/v1/promises/{id}/publish", "{\"fromSource\":true}", id)
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

    mvc.perform(get("/api/v1/promises/{id}", id))
        .andExpect(jsonPath("$.source.url").value("https://polisen.se/om-polisen/medborgarloften/bastad/"))
        .andExpect(jsonPath("$.source.publishedOn").value("2019-01-10"))
        .andExpect(jsonPath("$.signatures", hasSize(0)));
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString());
    assertThat(page.select(".source-notice a").attr("href"))
        .isEqualTo("https://polisen.se/om-polisen/medborgarloften/bastad/");
    assertThat(page.select(".source-notice").text()).contains("2019-01-10").contains("inte undertecknat i den här");
    assertThat(page.select("#sec-signatures").text()).isEqualTo("Underskrifter enligt källan");
    assertThat(page.text()).contains("Källan anger inga underskrifter").doesNotContain("undertecknat i tjänsten")
        .doesNotContain("undertecknat på papper");
    assertThat(jdbc.sql("select action from shared_audit_entry where entity_type = 'Promise' and entity_id = ? "
        + "order by id").param(id.toString()).query(String.class).list())
        .contains("PROMISE_SOURCE_SET", "PROMISE_PUBLISHED_FROM_SOURCE");

    UUID plain = fx.signed("1278", "Utan källa " + PromiseFixtures.unique()).id();
    postJson(coordinator, "/api/v1/promises/{id}/publish", "{\"fromSource\":true}", plain)
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("fromSource"));
  }

  @Test
  void anArchivedPromisesSignaturesAreCopiedFromItsSourceWithoutDateOrPlace() throws Exception {
    UUID id = create(coordinator, draft("""
        "municipalityCode":"1278","localPoliceAreaId":%d,
        "source":{"url":"https://bastad.se/medborgarlofte-2018","title":"Båstads kommun"}""".formatted(fx.angelholm),
        "Arkiv med namn " + PromiseFixtures.unique()));
    commit(coordinator, id, commitment("[\"POLICE\"]", "Polisen syns")).andExpect(status().isCreated());
    postJson(fx.admin, "/api/v1/promises/{id}/signatures", """
        {"party":"POLICE","name":"Lena Chef","title":"Lokalpolisområdeschef"}""", id)
        .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("SOURCE"));
    postJson(fx.admin, "/api/v1/promises/{id}/publish", "{\"fromSource\":true}", id).andExpect(status().isOk());
    Document page = Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString());
    assertThat(page.select(".signatures").text()).isEqualTo("Lena Chef, Lokalpolisområdeschef");
  }

  @Test
  void periodsAreWrittenAsPreciselyAsTheyAreGiven() throws Exception {
    String title = "Årsperiod " + PromiseFixtures.unique();
    UUID years = create(coordinator, """
        {"municipalityCode":"1278","localPoliceAreaId":%d,"title":"%s","validFrom":"2022-01-01",
         "validTo":"2024-12-31","periodPrecision":"YEAR","problemCategories":["BURGLARY"]}"""
        .formatted(fx.angelholm, title));
    UUID months = create(coordinator, """
        {"municipalityCode":"1278","localPoliceAreaId":%d,"title":"%s","validFrom":"2024-05-01",
         "validTo":"2025-05-31","periodPrecision":"MONTH","problemCategories":["BURGLARY"]}"""
        .formatted(fx.angelholm, title + " månad"));
    UUID fromSigning = create(coordinator, """
        {"municipalityCode":"1278","localPoliceAreaId":%d,"title":"%s","validTo":"2026-08-31",
         "problemCategories":["BURGLARY"]}""".formatted(fx.angelholm, title + " signering"));
    for (UUID id : new UUID[] {years, months, fromSigning}) {
      commit(police, id, commitment("[\"POLICE\"]", "Polisen syns")).andExpect(status().isCreated());
      sign(coordinator, id, "MUNICIPALITY", "Karl Kommun").andExpect(status().isCreated());
      sign(police, id, "POLICE", "Anna Polis").andExpect(status().isCreated());
      postJson(police, "/api/v1/promises/{id}/publish", "", id).andExpect(status().isOk());
    }
    assertThat(period(years)).isEqualTo("2022–2024");
    assertThat(period(months)).isEqualTo("maj 2024 – maj 2025");
    assertThat(period(fromSigning)).isEqualTo("Från undertecknandet till och med 2026-08-31");
    mvc.perform(get("/api/v1/promises/{id}", fromSigning)).andExpect(jsonPath("$.validFrom").isEmpty())
        .andExpect(jsonPath("$.inForceFrom").value("2024-12-01"));
    mvc.perform(get("/api/v1/promises/{id}", years)).andExpect(jsonPath("$.periodPrecision").value("YEAR"));
  }

  private String period(UUID id) throws Exception {
    return Jsoup.parse(mvc.perform(get("/loften/{id}", id)).andReturn().getResponse().getContentAsString())
        .select(".period").text();
  }

  @Test
  void commitmentsAndAreasReferToTheKommunsOwnPlacesOnly() throws Exception {
    String name = "Hamnplanen " + PromiseFixtures.unique();
    long place = places.add(coordinator, "1278", name, "POINT", null, null);
    long elsewhere = places.add(people.coordinator("1285"), "1285", "Stortorget " + PromiseFixtures.unique(),
        "POINT", null, null);
    UUID id = create(coordinator, draft("""
        "municipalityCode":"1278","localPoliceAreaId":%d,"areas":[{"placeId":%d}]""".formatted(fx.angelholm, place),
        "Platser " + PromiseFixtures.unique()));
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(coordinator)))
        .andExpect(jsonPath("$.areas[0].name").value(name)).andExpect(jsonPath("$.areas[0].placeId").value(place));
    commit(coordinator, id, """
        {"party":"POLICE","text":"Polisen syns","problemCategories":["BURGLARY"],"placeIds":[%d]}"""
        .formatted(elsewhere)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("placeIds"))
        .andExpect(jsonPath("$.errors[0].message", containsString("not in the promise's kommuner")));
    mvc.perform(post("/admin/loften/{id}/ataganden", id).with(user(coordinator))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("party", "POLICE").param("text", "Polisen syns vid hamnplanen").param("activityType", "OTHER")
            .param("problemCategories", "BURGLARY").param("placeIds", String.valueOf(place)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(coordinator)))
        .andExpect(jsonPath("$.commitments[0].placeIds[0]").value(place))
        .andExpect(jsonPath("$.commitments[0].places[0]").value(name));
  }

  @Test
  void theDraftFormTakesMoreKommunerAndLposThirdPartiesAndASourceAndShowsWhatItRefuses() throws Exception {
    String title = "Formulär " + PromiseFixtures.unique();
    var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    var refused = mvc.perform(post("/admin/loften/nytt").with(user(fx.admin)).with(csrf)
            .param("municipalityCode", "1278").param("localPoliceAreaId", String.valueOf(fx.angelholm))
            .param("title", title).param("validTo", "2025-12-31").param("problemCategories", "BURGLARY")
            .param("otherPartyName", "Kustbevakningen", "").param("otherPartyKey", "Kust Bevakning", "")
            .param("otherPartyKind", "AGENCY", "OTHER"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    Document form = Jsoup.parse(refused);
    assertThat(form.select("[id='otherParties.key-error']").text()).contains("Kust Bevakning");
    assertThat(form.select("#otherPartyName-0").val()).isEqualTo("Kustbevakningen");

    mvc.perform(post("/admin/loften/nytt").with(user(fx.admin)).with(csrf)
            .param("municipalityCode", "1278").param("localPoliceAreaId", String.valueOf(fx.angelholm))
            .param("moreMunicipalityCodes", "1285").param("moreLocalPoliceAreaIds", String.valueOf(fx.eslov))
            .param("municipalityPartyName", "Båstad och Eslöv")
            .param("title", title).param("validFrom", "2025-05-01").param("validTo", "2026-05-31")
            .param("periodPrecision", "MONTH").param("problemCategories", "BURGLARY").param("areas", "Hamnen, Torget")
            .param("otherPartyName", "Kustbevakningen", "").param("otherPartyKey", "kustbevakningen", "")
            .param("otherPartyKind", "AGENCY", "OTHER")
            .param("sourceUrl", "https://example.org/lofte").param("sourceTitle", "Källan"))
        .andExpect(status().is3xxRedirection());
    UUID id = jdbc.sql("select promise_id from promise_version where content ->> 'title' = ?").param(title)
        .query(UUID.class).single();
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(fx.admin)))
        .andExpect(jsonPath("$.municipalityCodes", contains("1278", "1285")))
        .andExpect(jsonPath("$.localPoliceAreaIds", hasSize(2)))
        .andExpect(jsonPath("$.parties[0].name").value("Båstad och Eslöv"))
        .andExpect(jsonPath("$.parties[2].key").value("kustbevakningen"))
        .andExpect(jsonPath("$.areas[*].name", contains("Hamnen", "Torget")))
        .andExpect(jsonPath("$.periodPrecision").value("MONTH"))
        .andExpect(jsonPath("$.source.url").value("https://example.org/lofte"));
    Document edit = Jsoup.parse(mvc.perform(get("/admin/loften/{id}/redigera", id).with(user(fx.admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(edit.select("#otherPartyKey-0").val()).isEqualTo("kustbevakningen");
    assertThat(edit.select("#sourceTitle").val()).isEqualTo("Källan");
  }

  /** Versions stored before V11 have no owners, parties, areas or precision; published ones can never be rewritten. */
  @Test
  void aVersionStoredBeforePartiesExistedReadsAsTheSeeds() throws Exception {
    Promise p = fx.draft("Gammalt format " + PromiseFixtures.unique());
    jdbc.sql("""
        update promise_version set content = jsonb_set(
            content - 'otherParties' - 'areas' - 'periodPrecision' - 'source' - 'municipalityPartyName', '{commitments}',
            (select jsonb_agg((c - 'owners' - 'ownerNote' - 'kind' - 'placeIds' - 'quantity')
                              || '{"party":"JOINT"}'::jsonb)
             from jsonb_array_elements(content -> 'commitments') c))
        where promise_id = ?""").param(p.id()).update();
    mvc.perform(get("/api/v1/promises/{id}", p.id()).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(jsonPath("$.commitments[0].party").value("JOINT"))
        .andExpect(jsonPath("$.commitments[0].owners", contains("MUNICIPALITY", "POLICE")))
        .andExpect(jsonPath("$.commitments[0].kind").value("PROMISE"))
        .andExpect(jsonPath("$.periodPrecision").value("DAY"))
        .andExpect(jsonPath("$.parties[*].key", contains("MUNICIPALITY", "POLICE")));
    sign(coordinator, p.id(), "MUNICIPALITY", "Karl Kommun").andExpect(status().isCreated());
    sign(police, p.id(), "POLICE", "Anna Polis").andExpect(status().isCreated());
    postJson(police, "/api/v1/promises/{id}/publish", "", p.id()).andExpect(status().isOk());
  }

  @Test
  void badPartiesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    String title = "Dåliga parter " + PromiseFixtures.unique();
    mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(draft("""
                "municipalityCode":"1278","localPoliceAreaId":%d,
                "otherParties":[{"key":"Stora Bolaget","name":"x","kind":"COMPANY"},
                                {"key":"ok","name":"","kind":"POLICE"},{"key":"ok","name":"y","kind":"OTHER"}],
                "source":{"url":"javascript:alert(1)","title":""}""".formatted(fx.angelholm), title)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("otherParties.key",
            "otherParties.name", "otherParties.kind", "source.url", "source.title")));
    mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(draft("\"municipalityCodes\":[],\"localPoliceAreaIds\":[]", title)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
    mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(draft("\"municipalityCodes\":[\"1278\",\"1285\"],\"localPoliceAreaIds\":[%d]"
                .formatted(fx.angelholm), title)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message", containsString("1285")));
    assertThat(jdbc.sql("select count(*) from promise_version where content ->> 'title' = ?").param(title)
        .query(Integer.class).single()).isZero();
  }
}
