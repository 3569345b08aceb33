package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The bad-input corpus ({@code bad-input/json-corpus.txt}) through every API endpoint that reads a JSON body, found
 * in the handler mappings: truncated and invalid JSON, wrong types, impossible dates, unknown enum values, negative
 * and huge numbers, control characters and NUL bytes, huge strings and invalid UTF-8. Each gets a 4xx (never a 500),
 * a 422 names what is wrong, and nothing is stored: the audit trail, which every change writes, does not grow.
 */
@IntegrationTest
class BadInputCorpusIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired RequestMappingHandlerMapping requestMappingHandlerMapping;
  @Autowired People people;
  @Autowired PromiseManagement promises;
  @Autowired LocalPoliceAreas areas;
  @Autowired JdbcClient jdbc;

  @Autowired se.medborgarlofte.reports.PlaceReports placeReports;
  @Autowired se.medborgarlofte.reports.Hotspots hotspots;

  record Endpoint(HttpMethod method, String pattern) {}

  @Test
  void everyJsonWriteEndpointRefusesEveryBadInputWithA4xxAndStoresNothing() throws Exception {
    List<Endpoint> endpoints = jsonWriteEndpoints();
    assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/v1/promises", "/api/v1/local-police-areas",
        "/api/v1/municipalities/{code}/places", "/api/v1/promises/{id}/extensions");
    List<byte[]> corpus = corpus();
    Member coordinator = people.coordinator("1278");
    Member admin = people.admin();
    PromiseFixtures fx = new PromiseFixtures(promises, people);
    var draft = fx.draft("1278", "Korpus " + PromiseFixtures.unique());
    var published = fx.published("1278", "Korpus " + PromiseFixtures.unique());
    long lpo = areas.create("Korpus " + PromiseFixtures.unique(), "Nord", null);
    // Follow-up's endpoints work on a published promise and its scheduled follow-ups; waited for before counting the
    // audit trail, since scheduling writes to it.
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
        "select count(*) from followup_follow_up where promise_id = ?").param(published.id()).query(Long.class)
        .single() > 0);
    String followUpId = jdbc.sql("select id::text from followup_follow_up where promise_id = ? order by due_on limit 1")
        .param(published.id()).query(String.class).single();

    // A real hotspot, so that its "save as place" endpoint gets to check the name.
    String hotspot = se.medborgarlofte.reports.ReportFixtures.hotspot(placeReports, hotspots, admin, "littering",
        56.4150, 12.8900);

    List<String> wrong = new ArrayList<>();
    long auditBefore = auditEntries();
    for (Endpoint e : endpoints) {
      boolean promise = e.pattern().startsWith("/api/v1/promises/{id}");
      boolean followUp = e.pattern().contains("/activities") || e.pattern().contains("/follow-ups");
      boolean needsPublished = e.pattern().endsWith("/extensions") || e.pattern().endsWith("/close") || followUp;
      String url = e.pattern()
          .replace("{id}", promise ? (needsPublished ? published : draft).id().toString() : String.valueOf(lpo))
          .replace("{commitmentId}", (followUp ? published : draft).working().commitments().get(0).id().toString())
          .replace("{followUpId}", followUpId)
          .replace("{code}", "1278")
          .replace("{name}", "Korpus").replace("{hotspotId}", hotspot);
      for (byte[] body : corpus) {
        // Sent as a coordinator of the kommun and as an admin, so that whoever may call the endpoint (a module's own
        // rule decides) sees the input checked: neither may store anything, and at least one must be let in.
        String shown = e.method() + " " + e.pattern() + " with " + preview(body);
        boolean checkedBySomeone = false;
        for (Member caller : List.of(coordinator, admin)) {
          MockHttpServletResponse r = mvc.perform(request(e.method(), url).contentType(MediaType.APPLICATION_JSON)
              .content(body).with(httpBasic(caller.getUsername(), People.PASSWORD))).andReturn().getResponse();
          int s = r.getStatus();
          if (s < 400 || s >= 500) {
            wrong.add(shown + " as " + caller.getUsername() + ": " + s);
          } else if (s != 401 && s != 403) {
            checkedBySomeone = true;
            if (s == 422 && !r.getContentAsString().contains("\"errors\":[{")) {
              wrong.add(shown + ": 422 without naming the problem: " + r.getContentAsString());
            }
          }
        }
        if (!checkedBySomeone) {
          wrong.add(shown + ": refused to both callers, so the input was never checked");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(auditEntries()).as("nothing was stored").isEqualTo(auditBefore);
  }

  private long auditEntries() {
    return jdbc.sql("select count(*) from shared_audit_entry").query(Long.class).single();
  }

  private List<Endpoint> jsonWriteEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    requestMappingHandlerMapping.getHandlerMethods().forEach((info, method) -> {
      boolean readsBody = java.util.Arrays.stream(method.getMethodParameters())
          .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
      boolean json = info.getConsumesCondition().isEmpty()
          || info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.APPLICATION_JSON);
      if (!readsBody || !json || !method.getBeanType().getPackageName().startsWith("se.medborgarlofte")) {
        return;
      }
      for (String pattern : info.getPatternValues()) {
        info.getMethodsCondition().getMethods()
            .forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
      }
    });
    return endpoints;
  }

  static List<byte[]> corpus() throws IOException {
    String text = new String(new ClassPathResource("bad-input/json-corpus.txt").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8);
    List<byte[]> bodies = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("HUGE:")) {
        String huge = "x".repeat(Integer.parseInt(line.substring(5).strip()));
        bodies.add(("{\"title\":\"" + huge + "\",\"name\":\"" + huge + "\",\"text\":\"" + huge + "\",\"reason\":\""
            + huge + "\",\"note\":\"" + huge + "\",\"labelSv\":\"" + huge + "\"}").getBytes(StandardCharsets.UTF_8));
      } else if (line.startsWith("HEX:")) {
        bodies.add(HexFormat.of().parseHex(line.substring(4).strip()));
      } else {
        bodies.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return bodies;
  }

  private static String preview(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 60 ? s.substring(0, 60) + "… (" + body.length + " bytes)" : s;
  }
}
