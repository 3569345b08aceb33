package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 conformance, every endpoint in JSON and XML, errors included ({@code [{code, description}]},
 * never problem+json), on its own stateless door: no session cookie and no CSRF token. Laholm (1381) is this class's
 * kommun.
 */
@IntegrationTest
class Open311IntegrationTests {

  static final String LAT = "56.5122";
  static final String LON = "13.0437";

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Open311Clients clients;
  @Autowired PlaceReports reports;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  String key;
  Member admin;

  @BeforeEach
  void key() {
    admin = people.admin();
    key = clients.issue(admin, "app " + UUID.randomUUID()).apiKey();
  }

  long create(String description) throws Exception {
    String answer = mvc.perform(post("/open311/v2/requests.json").param("api_key", key)
            .param("service_code", "poor-lighting").param("lat", LAT).param("long", LON)
            .param("description", description).param("email", "app-user@example.se")
            .param("attribute[time_of_day]", "NIGHT"))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Set-Cookie"))
        .andExpect(jsonPath("$[0].service_request_id").exists())
        .andReturn().getResponse().getContentAsString();
    return json.readTree(answer).get(0).get("service_request_id").asLong();
  }

  @Test
  void discoveryInBothFormats() throws Exception {
    mvc.perform(get("/open311/v2/discovery.json")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
        .andExpect(jsonPath("$.endpoints[0].formats", hasItem("text/xml")))
        .andExpect(jsonPath("$.max_requests").value(1000));
    mvc.perform(get("/open311/v2/discovery.xml")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/xml"))
        .andExpect(xpath("/discovery/endpoints/endpoint/formats/format[2]").string("application/json"));
  }

  @Test
  void servicesAreTheReportCategoriesWithTheirDefinitions() throws Exception {
    mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.service_code == 'speeding')].service_name").value(hasItem("Fortkörning")))
        .andExpect(jsonPath("$[?(@.service_code == 'speeding')].group").value(hasItem("TRAFFIC")))
        .andExpect(jsonPath("$[0].type").value("realtime"));
    mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
        .andExpect(xpath("/services/service[service_code='feels-unsafe']/service_name").string("Känns otryggt"));
    mvc.perform(get("/open311/v2/services/speeding.json")).andExpect(status().isOk())
        .andExpect(jsonPath("$.service_code").value("speeding"))
        .andExpect(jsonPath("$.attributes[0].code").value("time_of_day"))
        .andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
        .andExpect(jsonPath("$.attributes[0].values[3].key").value("NIGHT"));
    mvc.perform(get("/open311/v2/services/speeding.xml")).andExpect(status().isOk())
        .andExpect(xpath("/service_definition/attributes/attribute/values/value[1]/key").string("MORNING"));
    mvc.perform(get("/open311/v2/services/ufo.json")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$[0].code").value(404))
        .andExpect(jsonPath("$[0].description").value("service_code ufo not found"));
    mvc.perform(get("/open311/v2/services/ufo.xml")).andExpect(status().isNotFound())
        .andExpect(xpath("/errors/error/code").string("404"));
  }

  @Test
  void aRequestEntersModerationAndIsServedOnlyOncePublishedRoundedAndWithoutTheReporter() throws Exception {
    String text = "Gatlyktan är trasig " + UUID.randomUUID();
    long id = create(text);
    assertThat(jdbc.sql("select source from reports_place_report where id = ?").param(id).query(String.class)
        .single()).startsWith("OPEN311:app ");
    assertThat(jdbc.sql("select municipality_code from reports_place_report where id = ?").param(id)
        .query(String.class).single()).as("the kommun found from the point").isEqualTo("1381");
    mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$[0].code").value(404));
    reports.moderate(admin, id, "PUBLISH", null, null);
    String one = mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].service_request_id").value(String.valueOf(id)))
        .andExpect(jsonPath("$[0].status").value("open"))
        .andExpect(jsonPath("$[0].service_code").value("poor-lighting"))
        .andExpect(jsonPath("$[0].description").value(text))
        .andExpect(jsonPath("$[0].agency_responsible").value("Laholm kommun"))
        .andExpect(jsonPath("$[0].lat").value(56.512))
        .andExpect(jsonPath("$[0].long").value(13.044))
        .andExpect(jsonPath("$[0].requested_datetime").value(containsString("T00:00:00+01:00")))
        .andReturn().getResponse().getContentAsString();
    assertThat(one).doesNotContain("app-user@example.se").doesNotContain("5122").doesNotContain("0437");
    mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andExpect(status().isOk())
        .andExpect(xpath("/service_requests/request/service_request_id").string(String.valueOf(id)))
        .andExpect(xpath("/service_requests/request/long").string("13.044"));
    mvc.perform(get("/open311/v2/requests/abc.json")).andExpect(status().isNotFound());
  }

  @Test
  void searchFiltersByIdCodeDatesAndStatus() throws Exception {
    long open = create("Mörkt " + UUID.randomUUID());
    long closed = create("Mörkt igen " + UUID.randomUUID());
    reports.moderate(admin, open, "PUBLISH", null, null);
    reports.moderate(admin, closed, "PUBLISH", null, null);
    reports.changeStatus(admin, closed, "CLOSED", "Lagad");
    String ids = open + "," + closed;
    mvc.perform(get("/open311/v2/requests.json").param("service_request_id", ids))
        .andExpect(jsonPath("$.length()").value(2));
    mvc.perform(get("/open311/v2/requests.json").param("service_request_id", ids).param("status", "closed"))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].service_request_id").value(String.valueOf(closed)))
        .andExpect(jsonPath("$[0].status_notes").value("Lagad"));
    mvc.perform(get("/open311/v2/requests.json").param("service_request_id", ids)
            .param("service_code", "speeding,vandalism"))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", ids)
            .param("start_date", "2000-01-01T00:00:00Z").param("end_date", "2999-01-01T00:00:00+01:00"))
        .andExpect(xpath("count(/service_requests/request)").number(2.0));
    mvc.perform(get("/open311/v2/requests.json").param("service_request_id", ids)
            .param("end_date", "2000-01-01T00:00:00Z"))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$[0].description").value(containsString("start_date: 'yesterday'")));
    mvc.perform(get("/open311/v2/requests.xml").param("status", "pending")).andExpect(status().isBadRequest())
        .andExpect(xpath("/errors/error/description").string("status: must be open or closed, not 'pending'"));
    // The status change is served by mySociety's read-only extension.
    mvc.perform(get("/open311/v2/servicerequestupdates.json"))
        .andExpect(jsonPath("$.service_request_updates[?(@.service_request_id == '" + closed + "')].status")
            .value(hasItem("closed")));
    mvc.perform(get("/open311/v2/servicerequestupdates.xml"))
        .andExpect(xpath("/service_request_updates/request_update[service_request_id='" + closed + "']/description")
            .string("Lagad"));
  }

  @Test
  void aCreateIsRefusedInOpen311sFormatWithoutAValidKeyOrWithBadInputAndStoresNothing() throws Exception {
    long before = jdbc.sql("select count(*) from reports_place_report").query(Long.class).single();
    mvc.perform(post("/open311/v2/requests.json").param("service_code", "speeding").param("lat", LAT)
            .param("long", LON).param("description", "x"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$[0].code").value(403))
        .andExpect(jsonPath("$[0].description").value("api_key: missing or not a valid key"));
    mvc.perform(post("/open311/v2/requests.xml").param("api_key", "o311_wrong").param("service_code", "speeding")
            .param("lat", LAT).param("long", LON))
        .andExpect(status().isForbidden()).andExpect(xpath("/errors/error/code").string("403"));
    mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "ufo")
            .param("lat", LAT).param("long", LON).param("attribute[time_of_day]", "NOON"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$[?(@.description =~ /service_code: must be one of.*/)]").exists())
        .andExpect(jsonPath("$[?(@.description == 'description: describe the problem')]").exists())
        .andExpect(jsonPath("$[?(@.description =~ /attribute\\[time_of_day\\]: .*/)]").exists());
    mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "speeding")
            .param("lat", "56.3").param("long", "12.3").param("description", "Till havs"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$[0].description").value("lat, long: the point 56.3, 12.3 lies in no Swedish municipality"));
    mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "speeding")
            .param("description", "Utan plats"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$[0].description").value(containsString("give lat and long")));
    mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "speeding")
            .param("lat", "north").param("long", LON))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$[0].description").value("lat: 'north' is not a number"));
    mvc.perform(get("/open311/v2/services.html")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$[0].description").value("format html not supported: use .json or .xml"));
    assertThat(jdbc.sql("select count(*) from reports_place_report").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anAddressWithTheKommunAsJurisdictionIsEnough() throws Exception {
    mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "littering")
            .param("jurisdiction_id", "1381").param("address_string", "Vid badplatsen i Mellbystrand")
            .param("description", "Skräp på stranden"))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].service_notice").exists());
  }

  @Test
  void onlyAdminsIssueKeysAndAKeyIsShownOnce() throws Exception {
    Member coordinator = people.coordinator("1381");
    mvc.perform(post("/api/v1/open311-clients").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isForbidden());
    String name = "FixaMinGata " + UUID.randomUUID();
    String answer = mvc.perform(post("/api/v1/open311-clients").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"" + name + "\"}").with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.apiKey").value(containsString("o311_")))
        .andReturn().getResponse().getContentAsString();
    String issued = json.readTree(answer).get("apiKey").asString();
    assertThat(jdbc.sql("select count(*) from reports_open311_client where key_hash = ?").param(issued)
        .query(Long.class).single()).as("stored hashed, not as given").isZero();
    assertThat(clients.clientOf(issued)).contains(name);
    mvc.perform(post("/api/v1/open311-clients").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"" + name + "\"}").with(httpBasic(admin.getUsername(), People.PASSWORD)))
        .andExpect(status().isConflict());
  }
}
