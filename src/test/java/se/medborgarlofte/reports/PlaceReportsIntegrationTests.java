package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Place reports in the running app on PostgreSQL: anonymous submission into moderation, refused input that changes
 * nothing, moderation and status with their audit entries, scope (kommun A never moderates kommun B), and privacy:
 * neither the e-mail nor the exact point ever reaches a public answer. Ängelholm (1292) is this class's kommun.
 */
@IntegrationTest
class PlaceReportsIntegrationTests {

  static final double LAT = 56.24281;
  static final double LON = 12.86219;

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired PlaceReports reports;
  @Autowired JsonMapper json;

  String body(String description, String email) {
    return """
        {"municipalityCode":"1292","category":"speeding","description":"%s","lat":%s,"lon":%s,
         "timeOfDay":"EVENING","email":%s}""".formatted(description, LAT, LON,
        email == null ? "null" : "\"" + email + "\"");
  }

  long submit(String description, String email) throws Exception {
    String answer = mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON)
            .content(body(description, email)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("AWAITING_MODERATION"))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }

  long reportCount() {
    return jdbc.sql("select count(*) from reports_place_report").query(Long.class).single();
  }

  @Test
  void anAnonymousReportWaitsForModerationAndIsNotPublicUntilPublished() throws Exception {
    String text = "Bilar kör fort " + UUID.randomUUID();
    long id = submit(text, null);
    mvc.perform(get("/api/v1/place-reports/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/place-reports").param("municipality", "1292"))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(text))));
    Member coordinator = people.coordinator("1292");
    reports.moderate(coordinator, id, "PUBLISH", null, null);
    mvc.perform(get("/api/v1/place-reports/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.description").value(text))
        .andExpect(jsonPath("$.lat").value(56.243))
        .andExpect(jsonPath("$.lon").value(12.862))
        .andExpect(jsonPath("$.status").value("OPEN"));
  }

  @Test
  void theEmailIsStoredApartAndNeverInTheReportOrTheAuditTrail() throws Exception {
    String email = "rapportor-" + UUID.randomUUID() + "@example.se";
    long id = submit("Mopeder på cykelbanan", email);
    assertThat(jdbc.sql("select email from reports_feedback_address where report_id = ?").param(id)
        .query(String.class).single()).isEqualTo(email);
    assertThat(jdbc.sql("select count(*) from reports_place_report where id = ? and (description like ? or"
            + " location_text like ?)").params(id, "%" + email + "%", "%" + email + "%").query(Long.class).single())
        .isZero();
    var trail = audit.forEntity("PlaceReport", String.valueOf(id));
    assertThat(trail).extracting(AuditTrail.AuditEntry::action).containsExactly("PLACE_REPORT_SUBMITTED");
    assertThat(trail.get(0).afterState()).doesNotContain(email).doesNotContain("Mopeder");
  }

  @Test
  void theFeedbackAddressIsDeletedWhenItsRetentionHasPassed() throws Exception {
    long id = submit("Trasig belysning", "glomska-" + UUID.randomUUID() + "@example.se");
    reports.deleteExpiredFeedbackAddresses(OffsetDateTime.now().plusDays(30));
    assertThat(jdbc.sql("select count(*) from reports_feedback_address where report_id = ?").param(id)
        .query(Long.class).single()).isOne();
    assertThat(reports.deleteExpiredFeedbackAddresses(OffsetDateTime.now().plusDays(91))).isPositive();
    assertThat(jdbc.sql("select count(*) from reports_feedback_address where report_id = ?").param(id)
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from reports_place_report where id = ?").param(id).query(Long.class)
        .single()).as("the report itself stays").isOne();
  }

  @Test
  void badInputIsRefusedWithEveryProblemNamedAndNothingStored() throws Exception {
    long before = reportCount();
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"9999","category":"ufo","description":"","lat":56.2,"timeOfDay":"NOON",
             "email":"not-an-address"}"""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errorCount").value(6))
        .andExpect(jsonPath("$.errors[?(@.field == 'municipalityCode')].message")
            .value("no kommun has the code 9999"))
        .andExpect(jsonPath("$.errors[?(@.field == 'category')].message").value(org.hamcrest.Matchers.hasItem(
            containsString("speeding"))))
        .andExpect(jsonPath("$.errors[?(@.field == 'description')]", hasSize(1)))
        .andExpect(jsonPath("$.errors[?(@.field == 'timeOfDay')]", hasSize(1)))
        .andExpect(jsonPath("$.errors[?(@.field == 'email')]", hasSize(1)))
        .andExpect(jsonPath("$.errors[?(@.field == 'lon')]", hasSize(1)));
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON)
            .content(body("x".repeat(PlaceReport.MAX_DESCRIPTION + 1), null)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("description"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 2000 characters (it has 2001)")));
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON)
            .content("{\"municipalityCode\":\"1292\",\"lat\":\"north\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("lat"));
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isUnprocessableContent());
    assertThat(reportCount()).isEqualTo(before);
  }

  @Test
  void aPointOutsideTheKommunIsRefusedNamingWhereItIs() throws Exception {
    long before = reportCount();
    // Båstad station, sent as a report for Ängelholm.
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"1292","category":"littering","description":"Skräp","lat":56.4275,"lon":12.8492}"""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("lat"))
        .andExpect(jsonPath("$.errors[0].message").value(
            "the point 56.4275, 12.8492 lies outside Ängelholm (it is in Båstad)"));
    // At sea off the coast: in no kommun at all.
    mvc.perform(post("/api/v1/place-reports").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"1292","category":"littering","description":"Skräp","lat":56.3,"lon":12.3}"""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("the point 56.3, 12.3 lies outside Ängelholm"));
    assertThat(reportCount()).isEqualTo(before);
  }

  @Test
  void theHoneypotIsRefused() {
    assertThatThrownBy(() -> reports.submit(new NewPlaceReport("1292", "vandalism", "Klotter", null, LAT, LON, null,
        null, null, "http://spam.example", "WEB")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("website: must be left empty");
  }

  @Test
  void moderatorsPublishWithPersonalDataEditedOutAndEveryActionIsAudited() throws Exception {
    long id = submit("Grannen Sven Svensson 070-1234567 kör för fort", null);
    Member police = people.coordinator("1292");
    mvc.perform(post("/api/v1/place-reports/" + id + "/moderation").contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"PUBLISH\",\"editedDescription\":\"En bil kör för fort\"}")
            .with(httpBasic(police.getUsername(), People.PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
    String published = mvc.perform(get("/api/v1/place-reports/" + id)).andReturn().getResponse()
        .getContentAsString();
    assertThat(published).contains("En bil kör för fort").doesNotContain("Sven").doesNotContain("070");
    assertThat(jdbc.sql("select description from reports_place_report where id = ?").param(id).query(String.class)
        .single()).isEqualTo("En bil kör för fort");
    mvc.perform(post("/api/v1/place-reports/" + id + "/status").contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"CLOSED\",\"note\":\"Hastighetskontroll gjord\"}")
            .with(httpBasic(police.getUsername(), People.PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    mvc.perform(get("/api/v1/place-reports/" + id)).andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.statusNote").value("Hastighetskontroll gjord"));
    var trail = audit.forEntity("PlaceReport", String.valueOf(id));
    assertThat(trail).extracting(AuditTrail.AuditEntry::action).containsExactly("PLACE_REPORT_SUBMITTED",
        "PLACE_REPORT_PUBLISHED", "PLACE_REPORT_STATUS_CHANGED");
    assertThat(trail.get(1).actor()).isEqualTo(police.getUsername());
    // The edited-out text is not kept in the trail either.
    assertThat(trail).allSatisfy(e -> assertThat(String.valueOf(e.beforeState()) + e.afterState())
        .doesNotContain("Sven").doesNotContain("070"));
  }

  @Test
  void aRejectionNeedsAReasonAndIsFinal() throws Exception {
    long id = submit("Reklam för en webbshop", null);
    Member coordinator = people.coordinator("1292");
    assertThatThrownBy(() -> reports.moderate(coordinator, id, "REJECT", " ", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason: give the reason");
    reports.moderate(coordinator, id, "REJECT", "Reklam", null);
    mvc.perform(get("/api/v1/place-reports/" + id)).andExpect(status().isNotFound());
    assertThatThrownBy(() -> reports.moderate(coordinator, id, "PUBLISH", null, null))
        .isInstanceOf(ConflictException.class);
    assertThat(audit.forEntity("PlaceReport", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("PLACE_REPORT_SUBMITTED", "PLACE_REPORT_REJECTED");
  }

  @Test
  void kommunANeverModeratesKommunB() throws Exception {
    long id = submit("Klotter på muren", null);
    Member eslov = people.coordinator("1285");
    assertThatThrownBy(() -> reports.moderate(eslov, id, "PUBLISH", null, null))
        .isInstanceOf(AccessDeniedException.class);
    Member eslovPolice = people.police(people.eslov());
    mvc.perform(post("/api/v1/place-reports/" + id + "/moderation").contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"PUBLISH\"}").with(httpBasic(eslovPolice.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/place-reports/999999999/moderation").contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"PUBLISH\"}").with(httpBasic(eslovPolice.getUsername(), People.PASSWORD)))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("select moderation from reports_place_report where id = ?").param(id).query(String.class)
        .single()).isEqualTo("AWAITING_MODERATION");
  }

  @Test
  void neitherTheEmailNorTheExactPointAppearsInAnyPublicAnswer() throws Exception {
    String email = "hemlig-" + UUID.randomUUID() + "@example.se";
    String text = "Mörkt vid gångtunneln " + UUID.randomUUID();
    long id = submit(text, email);
    Member coordinator = people.coordinator("1292");
    reports.moderate(coordinator, id, "PUBLISH", null, null);
    reports.changeStatus(coordinator, id, "CLOSED", "Ny lampa");
    for (String url : new String[] {"/api/v1/place-reports?municipality=1292", "/api/v1/place-reports/" + id,
        "/api/v1/place-reports.geojson?municipality=1292", "/api/v1/hotspots?municipality=1292", "/kommuner/1292",
        "/kommuner/1292?lang=en", "/open311/v2/requests.json", "/open311/v2/requests.xml",
        "/open311/v2/requests/" + id + ".json", "/open311/v2/requests/" + id + ".xml",
        "/open311/v2/servicerequestupdates.json", "/open311/v2/servicerequestupdates.xml"}) {
      String answer = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString();
      assertThat(answer).as(url).doesNotContain(email).doesNotContain("24281").doesNotContain("86219");
      if (!url.contains("hotspots") && !url.contains("updates")) {
        assertThat(answer).as(url).containsAnyOf(text, "12.862", "12,862");
      }
    }
  }

  @Test
  void theKommunPageShowsPublishedReportsAndTheLinkToReport() throws Exception {
    String text = "Skadegörelse på lekplatsen " + UUID.randomUUID();
    long id = submit(text, null);
    reports.moderate(people.coordinator("1292"), id, "PUBLISH", null, null);
    mvc.perform(get("/kommuner/1292")).andExpect(status().isOk())
        .andExpect(content().string(containsString(text)))
        .andExpect(content().string(containsString("href=\"/kommuner/1292/rapportera\"")))
        .andExpect(content().string(containsString("class=\"report report-open\"")));
  }

  @Test
  void theGeoJsonIsAFeatureCollectionOfRoundedPoints() throws Exception {
    long id = submit("GeoJSON", null);
    reports.moderate(people.coordinator("1292"), id, "PUBLISH", null, null);
    String answer = mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292"))
        .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andReturn().getResponse().getContentAsString();
    JsonNode root = json.readTree(answer);
    assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
    JsonNode feature = null;
    for (JsonNode f : root.get("features")) {
      if (f.get("id").asLong() == id) {
        feature = f;
      }
    }
    assertThat(feature).isNotNull();
    assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(12.862);
    assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(56.243);
    mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "0000"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theGeoJsonComesGzippedToAClientThatTakesGzipAnd304ToOneThatHoldsIt() throws Exception {
    long id = submit("GeoJSON gzip", null);
    reports.moderate(people.coordinator("1292"), id, "PUBLISH", null, null);
    var plain = mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292"))
        .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
            .header().doesNotExist("Content-Encoding"))
        .andReturn().getResponse();
    String etag = plain.getHeader("ETag");
    assertThat(etag).startsWith("\"");
    assertThat(plain.getHeader("Vary")).contains("Accept-Encoding");
    var zipped = mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292")
            .header("Accept-Encoding", "br;q=1, gzip;q=0.8"))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
            .string("Content-Encoding", "gzip"))
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andReturn().getResponse();
    byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
        zipped.getContentAsByteArray())).readAllBytes();
    assertThat(unzipped).isEqualTo(plain.getContentAsByteArray());
    assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length);
    assertThat(zipped.getHeader("ETag")).isNotEqualTo(etag);
    mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292").header("If-None-Match", etag))
        .andExpect(status().isNotModified())
        .andExpect(content().bytes(new byte[0]));
    mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292").header("If-None-Match", etag)
            .header("Accept-Encoding", "gzip"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292")
            .header("Accept-Encoding", "gzip;q=0, identity"))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
            .doesNotExist("Content-Encoding"));
    // A publication changes the map: the old ETag no longer matches.
    long next = submit("GeoJSON gzip 2", null);
    reports.moderate(people.coordinator("1292"), next, "PUBLISH", null, null);
    mvc.perform(get("/api/v1/place-reports.geojson").param("municipality", "1292").header("If-None-Match", etag))
        .andExpect(status().isOk());
  }
}
