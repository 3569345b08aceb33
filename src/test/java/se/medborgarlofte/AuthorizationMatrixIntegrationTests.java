package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Walks every endpoint of the foundation as anonymous, as each role, and as a member of another kommun or LPO, and
 * checks the exact status each one gets. Pages answer 302 to the login page for anonymous visitors; the API 401.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

  static final List<String> ACTORS = List.of("anonymous", "admin", "coordinator", "otherCoordinator", "police",
      "otherPolice", "signatory", "analyst", "nobody");

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired LocalPoliceAreas areas;

  final Map<String, Member> members = new LinkedHashMap<>();
  long lpo;

  @BeforeEach
  void people() {
    lpo = areas.findId("Syd", "Ängelholm").orElseThrow();
    long otherLpo = areas.findId("Syd", "Eslöv").orElseThrow();
    members.put("admin", people.admin());
    members.put("coordinator", people.coordinator("1278"));
    members.put("otherCoordinator", people.coordinator("1285"));
    members.put("police", people.police(lpo));
    members.put("otherPolice", people.police(otherLpo));
    members.put("signatory", people.signatoryForMunicipality("1278"));
    members.put("analyst", people.analyst());
    members.put("nobody", people.nobody());
  }

  record Row(HttpMethod method, String url, String body, Map<String, Integer> expected) {}

  static Map<String, Integer> all(int status) {
    Map<String, Integer> m = new LinkedHashMap<>();
    ACTORS.forEach(a -> m.put(a, status));
    return m;
  }

  /** Anonymous gets {@code anonymous}, the admin {@code admin}, everyone else {@code others}. */
  static Map<String, Integer> adminOnly(int anonymous, int admin) {
    Map<String, Integer> m = all(403);
    m.put("anonymous", anonymous);
    m.put("admin", admin);
    return m;
  }

  static Map<String, Integer> signedIn(int anonymous, int member) {
    Map<String, Integer> m = all(member);
    m.put("anonymous", anonymous);
    return m;
  }

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(HttpMethod.GET, "/api/v1/municipalities", null, all(200)));
    rows.add(new Row(HttpMethod.GET, "/api/v1/municipalities/1278", null, all(200)));
    rows.add(new Row(HttpMethod.GET, "/api/v1/local-police-areas", null, all(200)));
    rows.add(new Row(HttpMethod.GET, "/api/v1/problem-categories", null, all(200)));
    rows.add(new Row(HttpMethod.POST, "/api/v1/local-police-areas", "LPO", adminOnly(401, 201)));
    rows.add(new Row(HttpMethod.PUT, "/api/v1/local-police-areas/" + lpo + "/municipalities/1278",
        "{\"validFrom\":\"2016-12-01\"}", adminOnly(401, 200)));
    rows.add(new Row(HttpMethod.POST, "/api/v1/problem-categories", "CATEGORY", adminOnly(401, 201)));
    long scratch = areas.create("Matrix scratch " + UUID.randomUUID().toString().substring(0, 6), "Mitt", null);
    areas.link(scratch, "2180", java.time.LocalDate.of(2020, 1, 1), null, null);
    rows.add(new Row(HttpMethod.PUT, "/api/v1/local-police-areas/" + scratch,
        "{\"name\":\"Matrix renamed " + scratch + "\",\"policeRegion\":\"Mitt\"}", adminOnly(401, 200)));
    rows.add(new Row(HttpMethod.DELETE, "/api/v1/local-police-areas/" + scratch + "/municipalities/2180", null,
        adminOnly(401, 204)));
    rows.add(new Row(HttpMethod.POST, "/api/v1/local-police-areas/import", "CSV", adminOnly(401, 200)));
    rows.add(new Row(HttpMethod.POST, "/api/v1/users", "API_USER", adminOnly(401, 201)));
    rows.add(new Row(HttpMethod.POST, "/api/v1/users/" + people.nobody().id() + "/memberships",
        "{\"role\":\"ANALYST\"}", adminOnly(401, 201)));
    rows.add(new Row(HttpMethod.GET, "/api/v1/municipalities/1278/places", null, all(200)));
    Map<String, Integer> apiPlace = all(403);
    apiPlace.put("anonymous", 401);
    apiPlace.put("admin", 201);
    apiPlace.put("coordinator", 201);
    rows.add(new Row(HttpMethod.POST, "/api/v1/municipalities/1278/places", "API_PLACE", apiPlace));
    for (String page : List.of("/", "/kommuner/1278", "/lan/12", "/karta", "/om", "/login")) {
      rows.add(new Row(HttpMethod.GET, page, null, all(200)));
    }
    rows.add(new Row(HttpMethod.GET, "/admin", null, signedIn(302, 200)));
    rows.add(new Row(HttpMethod.GET, "/konto", null, signedIn(302, 200)));
    for (String page : List.of("/admin/anvandare", "/admin/lokalpolisomraden", "/admin/kategorier",
        "/admin/granskning", "/admin/lokalpolisomraden/" + lpo)) {
      rows.add(new Row(HttpMethod.GET, page, null, adminOnly(302, 200)));
    }
    rows.add(new Row(HttpMethod.POST, "/admin/anvandare", "USER", adminOnly(302, 302)));
    rows.add(new Row(HttpMethod.POST, "/admin/lokalpolisomraden/" + lpo + "/kommuner", "LINK", adminOnly(302, 302)));
    Map<String, Integer> places = all(403);
    places.put("anonymous", 302);
    places.put("admin", 200);
    places.put("coordinator", 200);
    rows.add(new Row(HttpMethod.GET, "/admin/kommuner/1278/platser", null, places));
    Map<String, Integer> addPlace = new LinkedHashMap<>(places);
    addPlace.put("admin", 302);
    addPlace.put("coordinator", 302);
    rows.add(new Row(HttpMethod.POST, "/admin/kommuner/1278/platser", "PLACE", addPlace));
    return rows;
  }

  @Test
  void everyEndpointAnswersEveryActorAsSpecified() throws Exception {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Row row : rows()) {
      for (String actor : ACTORS) {
        int status = mvc.perform(build(row, actor)).andReturn().getResponse().getStatus();
        checked++;
        if (status != row.expected().get(actor)) {
          mismatches.add(row.method() + " " + row.url() + " as " + actor + ": expected " + row.expected().get(actor)
              + " got " + status);
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
    assertThat(mismatches).isEmpty();
  }

  private MockHttpServletRequestBuilder build(Row row, String actor) {
    boolean api = row.url().startsWith("/api/");
    MockHttpServletRequestBuilder b = request(row.method(), row.url());
    String unique = actor + UUID.randomUUID().toString().substring(0, 6);
    if (row.body() != null && api) {
      String body = switch (row.body()) {
        case "LPO" -> "{\"name\":\"Matrix " + unique + "\",\"policeRegion\":\"Syd\"}";
        case "CSV" -> "lpo_name,police_region,kommun_code,valid_from\nMatrix " + unique + ",Nord,2580,2015-01-01\n";
        case "API_USER" -> "{\"username\":\"matrix-api-" + unique.toLowerCase() + "\",\"displayName\":\"Matrix\","
            + "\"password\":\"" + People.PASSWORD + "\"}";
        case "API_PLACE" -> "{\"name\":\"Plats " + unique + "\",\"kind\":\"POINT\"}";
        case "CATEGORY" -> "{\"code\":\"MATRIX_" + unique.toUpperCase().replaceAll("[^A-Z0-9]", "_")
            + "\",\"labelSv\":\"Matris\",\"labelEn\":\"Matrix\"}";
        default -> row.body();
      };
      b.contentType("CSV".equals(row.body()) ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON)
          .content(body);
    } else if (row.body() != null) {
      switch (row.body()) {
        case "USER" -> b.param("username", "matrix-" + unique.toLowerCase()).param("displayName", "Matrix")
            .param("password", People.PASSWORD);
        case "LINK" -> b.param("municipalityCode", "1278").param("validFrom", "2016-12-01");
        case "PLACE" -> b.param("name", "Plats " + unique).param("kind", "TOWN");
        default -> throw new IllegalArgumentException(row.body());
      }
      b.with(csrf());
    }
    Member member = members.get(actor);
    if (member != null) {
      b.with(api ? httpBasic(member.getUsername(), People.PASSWORD) : user(member));
    }
    return b;
  }
}
