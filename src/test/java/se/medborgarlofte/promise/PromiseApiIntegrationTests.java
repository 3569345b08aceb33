package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@RecordApplicationEvents
class PromiseApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ApplicationEvents events;

  PromiseFixtures fx;
  Member coordinator;
  Member police;

  @BeforeEach
  void setUp() {
    fx = new PromiseFixtures(promises, people);
    coordinator = people.coordinator("1278");
    police = people.police(fx.angelholm);
  }

  String body(Object o) {
    return json.writeValueAsString(o);
  }

  UUID idOf(String response) {
    return UUID.fromString(json.readTree(response).get("id").asString());
  }

  @Test
  void aKommunAndItsLpoDraftSignPublishReviseAndExtendAPromise() throws Exception {
    String created = mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"municipalityCode":"1278","localPoliceAreaId":%d,"title":"Tryggare Båstad","validFrom":"2025-01-01",
                 "validTo":"2025-12-31","problemCategories":["BURGLARY"],"introduction":"In","problemDescription":"P",
                 "situation":"S","followUpDescription":"F"}""".formatted(fx.angelholm)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.followUpIntervalMonths").value(6))
        .andReturn().getResponse().getContentAsString();
    UUID id = idOf(created);

    mvc.perform(post("/api/v1/promises/{id}/commitments", id).with(user(police)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"party":"POLICE","text":"Trafikkontroller vid skolorna","activityType":"TRAFFIC_CONTROL",
                 "problemCategories":["TRAFFIC"]}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.warnings", hasSize(3)));
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(coordinator)))
        .andExpect(jsonPath("$.commitments", hasSize(1))).andExpect(jsonPath("$.warningCount").value(3));

    mvc.perform(post("/api/v1/promises/{id}/publish", id).with(user(coordinator)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("the kommun has not signed")));
    mvc.perform(post("/api/v1/promises/{id}/signatures", id).with(user(coordinator))
            .contentType(MediaType.APPLICATION_JSON).content(body(PromiseFixtures.signature(se.medborgarlofte.shared.Party.MUNICIPALITY))))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("PAPER"));
    Member chief = people.signatoryForLpo(fx.angelholm);
    mvc.perform(post("/api/v1/promises/{id}/signatures", id).with(user(chief))
            .contentType(MediaType.APPLICATION_JSON).content(body(PromiseFixtures.signature(se.medborgarlofte.shared.Party.POLICE))))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("IN_APP"))
        .andExpect(jsonPath("$.recordedBy").value(chief.getUsername()));
    mvc.perform(post("/api/v1/promises/{id}/publish", id).with(user(police)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
        .andExpect(jsonPath("$.version").value(1));
    assertThat(events.stream(PromisePublished.class)).anySatisfy(e -> {
      assertThat(e.promiseId()).isEqualTo(id);
      assertThat(e.version()).isEqualTo(1);
    });

    mvc.perform(put("/api/v1/promises/{id}", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(body(PromiseFixtures.draftOf("1278", fx.angelholm, "Ändrad"))))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/promises/{id}", id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.signatures", hasSize(2)));

    mvc.perform(post("/api/v1/promises/{id}/revisions", id).with(user(police)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.commitments", hasSize(1)));
    mvc.perform(get("/api/v1/promises/{id}", id)).andExpect(jsonPath("$.version").value(1));
    mvc.perform(get("/api/v1/promises/{id}", id).with(user(coordinator))).andExpect(jsonPath("$.version").value(2));
    mvc.perform(put("/api/v1/promises/{id}", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(body(PromiseFixtures.draftOf("1278", fx.angelholm, "Tryggare Båstad, reviderat"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Tryggare Båstad, reviderat"));
    promises.sign(coordinator, id, PromiseFixtures.signature(se.medborgarlofte.shared.Party.MUNICIPALITY));
    promises.sign(police, id, PromiseFixtures.signature(se.medborgarlofte.shared.Party.POLICE));
    mvc.perform(post("/api/v1/promises/{id}/publish", id).with(user(coordinator)))
        .andExpect(jsonPath("$.version").value(2));
    mvc.perform(get("/api/v1/promises/{id}", id))
        .andExpect(jsonPath("$.title").value("Tryggare Båstad, reviderat"))
        .andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
        .andExpect(jsonPath("$.versions[1].status").value("PUBLISHED"));

    // Not evaluated yet: an extension needs an override with a reason, and without one nothing changes.
    mvc.perform(post("/api/v1/promises/{id}/extensions", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validTo\":\"2026-12-31\",\"note\":\"Förlängt med samma innehåll\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
        .andExpect(jsonPath("$.errors[0].message", containsString("not been evaluated")));
    mvc.perform(post("/api/v1/promises/{id}/extensions", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"validTo\":\"2026-12-31\",\"note\":\"Förlängt med samma innehåll\","
                + "\"overrideReason\":\"Styrgruppen utvärderade muntligt\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.validTo").value("2026-12-31"))
        .andExpect(jsonPath("$.status").value("EXTENDED"))
        .andExpect(jsonPath("$.extensions[0].note").value("Förlängt med samma innehåll"));
    mvc.perform(get("/api/v1/promises").param("municipality", "1278").param("year", "2026"))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));

    mvc.perform(post("/api/v1/promises/{id}/close", id).with(user(police)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Ny överenskommelse 2027\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

    assertThat(jdbc.sql("select action from shared_audit_entry where entity_type = 'Promise' and entity_id = ? order by id")
        .param(id.toString()).query(String.class).list())
        .containsExactly("PROMISE_CREATED", "COMMITMENT_ADDED", "PROMISE_SIGNED", "PROMISE_SIGNED", "PROMISE_PUBLISHED",
            "PROMISE_REVISED", "PROMISE_EDITED", "PROMISE_SIGNED", "PROMISE_SIGNED", "PROMISE_PUBLISHED",
            "PROMISE_EXTENDED", "PROMISE_EXTENSION_OVERRIDE", "PROMISE_CLOSED");
    assertThat(jdbc.sql("select after_state::text from shared_audit_entry where entity_id = ? "
        + "and action = 'PROMISE_EXTENSION_OVERRIDE'").param(id.toString()).query(String.class).single())
        .contains("Styrgruppen utvärderade muntligt");
  }

  @Test
  void aPublishedVersionIsFrozenInTheDatabaseToo() {
    Promise p = fx.published("Fryst " + PromiseFixtures.unique());
    assertThatThrownBy(() -> jdbc.sql("update promise_version set content = content || '{\"title\":\"x\"}' "
        + "where promise_id = ? and version = 1").param(p.id()).update())
        .hasMessageContaining("frozen");
  }

  @Test
  void invalidInputIsRefusedWithTheFieldNamed() throws Exception {
    mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(body(PromiseFixtures.draftOf("9999", fx.angelholm, "x"))))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
    mvc.perform(post("/api/v1/promises").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content(body(PromiseFixtures.draftOf("1278", fx.eslov, "x"))))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("localPoliceAreaId"));
    UUID id = fx.draft("Ogiltig " + PromiseFixtures.unique()).id();
    mvc.perform(post("/api/v1/promises/{id}/commitments", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"activityType\":\"SAFETY_WALK\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("party", "text",
            "problemCategories")));
    mvc.perform(post("/api/v1/promises/{id}/commitments", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"party\":\"NOBODY\",\"text\":\"t\",\"problemCategories\":[\"BURGLARY\"]}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("party"));
    mvc.perform(post("/api/v1/promises/{id}/commitments", id).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"party\":\"JOINT\",\"text\":\"t\",\"problemCategories\":[\"NO_SUCH\"]}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("problemCategories"));
  }

  @Test
  void thePublicSeesWhoSignedButNotTheAccountThatRecordedIt() throws Exception {
    Promise p = fx.published("Underskrifter " + PromiseFixtures.unique());
    List<String> recorders = p.published().orElseThrow().signatures().stream().map(Signature::recordedBy).toList();
    assertThat(recorders).hasSize(2).doesNotContainNull();
    var anonymous = mvc.perform(get("/api/v1/promises/{id}", p.id())).andExpect(status().isOk())
        .andExpect(jsonPath("$.signatures", hasSize(2)))
        .andExpect(jsonPath("$.signatures[*].name", containsInAnyOrder("Karl Kommun", "Anna Polis")))
        .andExpect(jsonPath("$.signatures[*].title", hasItem("Lokalpolisområdeschef")))
        .andExpect(jsonPath("$.signatures[0].recordedBy").doesNotExist())
        .andExpect(jsonPath("$.signatures[1].recordedBy").doesNotExist())
        .andReturn().getResponse().getContentAsString();
    assertThat(anonymous).doesNotContain(recorders);
    mvc.perform(get("/api/v1/promises/{id}", p.id()).with(user(fx.admin)))
        .andExpect(jsonPath("$.signatures[*].recordedBy", containsInAnyOrder(recorders.toArray())));
  }

  @Test
  void aPromiseNeverPublishedIsNotFoundForThePublic() throws Exception {
    UUID id = fx.draft("Hemlig " + PromiseFixtures.unique()).id();
    mvc.perform(get("/api/v1/promises/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/promises")).andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(0)));
    mvc.perform(get("/api/v1/promises").with(user(people.analyst())))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]", hasSize(1)));
  }
}
