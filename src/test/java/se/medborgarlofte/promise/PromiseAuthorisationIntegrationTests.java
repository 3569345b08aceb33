package se.medborgarlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API endpoint against every kind of caller. Each cell gets a fresh promise in the state the endpoint needs,
 * so one cell's change cannot decide another's answer. Drafts of others answer 404 so their existence does not leak.
 */
@IntegrationTest
class PromiseAuthorisationIntegrationTests {

  static final List<String> ACTORS = List.of("anonymous", "coordinator", "police", "otherCoordinator", "otherPolice",
      "municipalSignatory", "policeSignatory", "otherSignatory", "analyst", "admin");

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired LocalPoliceAreas areas;
  @Autowired JsonMapper json;

  record Endpoint(String name, Function<PromiseFixtures, Promise> state,
      Function<Promise, MockHttpServletRequestBuilder> request, int... expected) {}

  @Test
  void everyEndpointAnswersEveryCallerAsTheRulesSay() throws Exception {
    PromiseFixtures fx = new PromiseFixtures(promises, people, areas);
    Map<String, Member> actors = new LinkedHashMap<>();
    actors.put("anonymous", null);
    actors.put("coordinator", people.coordinator("1278"));
    actors.put("police", people.police(fx.angelholm));
    actors.put("otherCoordinator", people.coordinator("1285"));
    actors.put("otherPolice", people.police(fx.eslov));
    actors.put("municipalSignatory", people.signatoryForMunicipality("1278"));
    actors.put("policeSignatory", people.signatoryForLpo(fx.angelholm));
    actors.put("otherSignatory", people.signatoryForMunicipality("1285"));
    actors.put("analyst", people.analyst());
    actors.put("admin", people.admin());

    String draftBody = json.writeValueAsString(PromiseFixtures.draftOf("1278", fx.angelholm, "Matris"));
    String commitmentBody = json.writeValueAsString(PromiseFixtures.commitment(Party.JOINT, "Nytt löfte"));
    String municipalSignature = json.writeValueAsString(PromiseFixtures.signature(Party.MUNICIPALITY));
    String policeSignature = json.writeValueAsString(PromiseFixtures.signature(Party.POLICE));
    Function<PromiseFixtures, Promise> draft = f -> f.draft("Matris " + PromiseFixtures.unique());
    Function<PromiseFixtures, Promise> signed = f -> f.signed("Matris " + PromiseFixtures.unique());
    Function<PromiseFixtures, Promise> published = f -> f.published("Matris " + PromiseFixtures.unique());

    List<Endpoint> endpoints = List.of(
        //                                                      anon coord police oCoord oPolice mSig pSig oSig analyst admin
        new Endpoint("GET draft", draft, p -> get("/api/v1/promises/{id}", p.id()),
            404, 200, 200, 404, 404, 200, 200, 404, 200, 200),
        new Endpoint("GET published", published, p -> get("/api/v1/promises/{id}", p.id()),
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Endpoint("POST promise", draft, p -> json(post("/api/v1/promises"), draftBody),
            401, 201, 201, 403, 403, 403, 403, 403, 403, 201),
        new Endpoint("PUT promise", draft, p -> json(put("/api/v1/promises/{id}", p.id()), draftBody),
            401, 200, 200, 404, 404, 403, 403, 404, 403, 200),
        new Endpoint("PUT published promise", published, p -> json(put("/api/v1/promises/{id}", p.id()), draftBody),
            401, 409, 409, 403, 403, 403, 403, 403, 403, 409),
        new Endpoint("POST commitment", draft, p -> json(post("/api/v1/promises/{id}/commitments", p.id()),
            commitmentBody), 401, 201, 201, 404, 404, 403, 403, 404, 403, 201),
        new Endpoint("PUT commitment", draft, p -> json(put("/api/v1/promises/{id}/commitments/{c}", p.id(),
            p.working().commitments().get(0).id()), commitmentBody), 401, 200, 200, 404, 404, 403, 403, 404, 403, 200),
        new Endpoint("DELETE commitment", draft, p -> delete("/api/v1/promises/{id}/commitments/{c}", p.id(),
            p.working().commitments().get(0).id()), 401, 204, 204, 404, 404, 403, 403, 404, 403, 204),
        new Endpoint("POST signature kommun", draft, p -> json(post("/api/v1/promises/{id}/signatures", p.id()),
            municipalSignature), 401, 201, 403, 404, 404, 201, 403, 404, 403, 201),
        new Endpoint("POST signature police", draft, p -> json(post("/api/v1/promises/{id}/signatures", p.id()),
            policeSignature), 401, 403, 201, 404, 404, 403, 201, 404, 403, 201),
        new Endpoint("POST publish", signed, p -> post("/api/v1/promises/{id}/publish", p.id()),
            401, 200, 200, 404, 404, 403, 403, 404, 403, 200),
        new Endpoint("POST revision", published, p -> post("/api/v1/promises/{id}/revisions", p.id()),
            401, 201, 201, 403, 403, 403, 403, 403, 403, 201),
        new Endpoint("POST extension", published, p -> json(post("/api/v1/promises/{id}/extensions", p.id()),
            "{\"validTo\":\"2026-12-31\",\"note\":\"Ett år till\"}"), 401, 201, 201, 403, 403, 403, 403, 403, 403, 201),
        new Endpoint("POST close", published, p -> json(post("/api/v1/promises/{id}/close", p.id()),
            "{\"reason\":\"Klart\"}"), 401, 200, 200, 403, 403, 403, 403, 403, 403, 200),
        new Endpoint("POST withdraw", draft, p -> json(post("/api/v1/promises/{id}/withdraw", p.id()),
            "{\"reason\":\"Fel kommun\"}"), 401, 200, 200, 404, 404, 403, 403, 404, 403, 200));

    List<String> wrong = new ArrayList<>();
    for (Endpoint e : endpoints) {
      for (int i = 0; i < ACTORS.size(); i++) {
        Promise p = e.state().apply(fx);
        MockHttpServletRequestBuilder request = e.request().apply(p);
        Member m = actors.get(ACTORS.get(i));
        if (m != null) {
          request.with(user(m));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status != e.expected()[i]) {
          wrong.add(e.name() + " as " + ACTORS.get(i) + ": expected " + e.expected()[i] + " but was " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theAdminPagesFollowTheSameRules() throws Exception {
    PromiseFixtures fx = new PromiseFixtures(promises, people, areas);
    Promise p = fx.draft("Sida " + PromiseFixtures.unique());
    assertThat(status(get("/admin/loften/{id}", p.id()), people.coordinator("1278"))).isEqualTo(200);
    assertThat(status(get("/admin/loften/{id}", p.id()), people.coordinator("1285"))).isEqualTo(404);
    assertThat(status(get("/admin/loften/{id}", p.id()), people.analyst())).isEqualTo(200);
    assertThat(status(post("/admin/loften/{id}/ataganden", p.id()).with(
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
        .param("party", "POLICE").param("text", "x").param("problemCategories", "BURGLARY"), people.analyst()))
        .isEqualTo(403);
    assertThat(mvc.perform(get("/admin/loften/{id}", p.id())).andReturn().getResponse().getStatus()).isEqualTo(302);
  }

  private int status(MockHttpServletRequestBuilder request, Member m) throws Exception {
    return mvc.perform(request.with(user(m))).andReturn().getResponse().getStatus();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
