package se.medborgarlofte.promise;

import se.medborgarlofte.support.PromiseFixtures;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static se.medborgarlofte.support.Matrix.all;
import static se.medborgarlofte.support.Matrix.inOrder;
import static se.medborgarlofte.support.Matrix.signedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every promise endpoint against every kind of caller. Each cell gets a fresh promise in the state the endpoint
 * needs. Drafts of others answer 404 so their existence does not leak; an admin runs the platform but neither signs
 * nor records a party's paper signature.
 */
public class PromiseMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    PromiseFixtures fx = new PromiseFixtures(m.bean(PromiseManagement.class), m.bean(People.class));
    JsonMapper json = m.bean(JsonMapper.class);
    String draftBody = json.writeValueAsString(PromiseFixtures.draftOf("1278", fx.angelholm, "Matris"));
    String commitmentBody = json.writeValueAsString(PromiseFixtures.commitment(Party.JOINT, "Nytt löfte"));
    String municipalSignature = json.writeValueAsString(PromiseFixtures.signature(Party.MUNICIPALITY));
    String policeSignature = json.writeValueAsString(PromiseFixtures.signature(Party.POLICE));
    String thirdPartySignature = """
        {"party":"kustbevakningen","name":"Kerstin Kust","title":"Stationschef","signedOn":"2025-01-01",
         "place":"Båstad"}""";
    Function<String, Promise> draft = a -> fx.draft("Matris " + Matrix.unique());
    Function<String, Promise> signed = a -> fx.signed("Matris " + Matrix.unique());
    Function<String, Promise> published = a -> fx.published("Matris " + Matrix.unique());
    Promise shown = fx.published("Matris visad " + Matrix.unique());

    List<Row> rows = new ArrayList<>();
    //                                                anon coord police oCoord oPolice mSig pSig oSig analyst admin nobody
    rows.add(api("GET /api/v1/promises/{id}", draft, p -> get("/api/v1/promises/{id}", p.id()),
        inOrder(404, 200, 200, 404, 404, 200, 200, 404, 200, 200, 404)));
    rows.add(new Row("GET /api/v1/promises", () -> get("/api/v1/promises"), all(200)));
    rows.add(api("POST /api/v1/promises", draft, p -> json(post("/api/v1/promises"), draftBody),
        inOrder(401, 201, 201, 403, 403, 403, 403, 403, 403, 201, 403)));
    rows.add(api("PUT /api/v1/promises/{id}", draft, p -> json(put("/api/v1/promises/{id}", p.id()), draftBody),
        inOrder(401, 200, 200, 404, 404, 403, 403, 404, 403, 200, 404)));
    rows.add(api("PUT /api/v1/promises/{id}", published, p -> json(put("/api/v1/promises/{id}", p.id()),
        draftBody), inOrder(401, 409, 409, 403, 403, 403, 403, 403, 403, 409, 403)));
    rows.add(api("POST /api/v1/promises/{id}/commitments", draft, p -> json(post(
        "/api/v1/promises/{id}/commitments", p.id()), commitmentBody),
        inOrder(401, 201, 201, 404, 404, 403, 403, 404, 403, 201, 404)));
    rows.add(api("PUT /api/v1/promises/{id}/commitments/{commitmentId}", draft, p -> json(put(
        "/api/v1/promises/{id}/commitments/{c}", p.id(), first(p)), commitmentBody),
        inOrder(401, 200, 200, 404, 404, 403, 403, 404, 403, 200, 404)));
    rows.add(api("DELETE /api/v1/promises/{id}/commitments/{commitmentId}", draft, p -> delete(
        "/api/v1/promises/{id}/commitments/{c}", p.id(), first(p)),
        inOrder(401, 204, 204, 404, 404, 403, 403, 404, 403, 204, 404)));
    rows.add(api("POST /api/v1/promises/{id}/signatures", draft, p -> json(post("/api/v1/promises/{id}/signatures",
        p.id()), municipalSignature), inOrder(401, 201, 403, 404, 404, 201, 403, 404, 403, 403, 404)));
    rows.add(api("POST /api/v1/promises/{id}/signatures", draft, p -> json(post("/api/v1/promises/{id}/signatures",
        p.id()), policeSignature), inOrder(401, 403, 201, 404, 404, 403, 201, 404, 403, 403, 404)));
    rows.add(api("POST /api/v1/promises/{id}/publish", signed, p -> post("/api/v1/promises/{id}/publish", p.id()),
        inOrder(401, 200, 200, 404, 404, 403, 403, 404, 403, 200, 404)));
    // An archived promise is published from its source by those who edit it, admins too: nobody signs it here.
    rows.add(api("POST /api/v1/promises/{id}/publish", a -> fx.archivedDraft("Matris arkiv " + Matrix.unique()),
        p -> json(post("/api/v1/promises/{id}/publish", p.id()), "{\"fromSource\":true}"),
        inOrder(401, 200, 200, 404, 404, 403, 403, 404, 403, 200, 404)));
    // A third party has no accounts: the promise's coordinators and police record its paper signature, nobody else.
    rows.add(api("POST /api/v1/promises/{id}/signatures", a -> fx.withThirdParty("Matris tredje " + Matrix.unique()),
        p -> json(post("/api/v1/promises/{id}/signatures", p.id()), thirdPartySignature),
        inOrder(401, 201, 201, 404, 404, 403, 403, 404, 403, 403, 404)));
    // A promise for two kommuner of two LPOs: the staff of each edit it; the other signatory reads but may not edit.
    rows.add(api("PUT /api/v1/promises/{id}", a -> fx.twoKommuner("Matris två " + Matrix.unique()),
        p -> json(put("/api/v1/promises/{id}", p.id()), draftBody),
        inOrder(401, 200, 200, 200, 200, 403, 403, 403, 403, 200, 404)));
    rows.add(api("POST /api/v1/promises/{id}/revisions", published, p -> post("/api/v1/promises/{id}/revisions",
        p.id()), inOrder(401, 201, 201, 403, 403, 403, 403, 403, 403, 201, 403)));
    rows.add(api("POST /api/v1/promises/{id}/extensions", published, p -> json(post(
        "/api/v1/promises/{id}/extensions", p.id()), "{\"validTo\":\"2026-12-31\",\"note\":\"Ett år till\",\"overrideReason\":\"Utvärderas senare\"}"),
        inOrder(401, 201, 201, 403, 403, 403, 403, 403, 403, 201, 403)));
    rows.add(api("POST /api/v1/promises/{id}/close", published, p -> json(post("/api/v1/promises/{id}/close",
        p.id()), "{\"reason\":\"Klart\"}"), inOrder(401, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)));
    rows.add(api("POST /api/v1/promises/{id}/withdraw", draft, p -> json(post("/api/v1/promises/{id}/withdraw",
        p.id()), "{\"reason\":\"Fel kommun\"}"), inOrder(401, 200, 200, 404, 404, 403, 403, 404, 403, 200, 404)));

    rows.add(new Row("GET /loften", () -> get("/loften"), all(200)));
    rows.add(new Row("GET /loften/{id}", () -> get("/loften/{id}", shown.id()), all(200)));
    rows.add(new Row("GET /loften/{id}.pdf", () -> get("/loften/{id}.pdf", shown.id()), all(200)));
    rows.add(new Row("GET /loften/{id}/versioner/{number}", () -> get("/loften/{id}/versioner/1", shown.id()), all(200)));
    rows.add(new Row("GET /loften/{id}/versioner/{number}/andringar", () -> get("/loften/{id}/versioner/1/andringar",
        shown.id()), all(404)));
    rows.add(new Row("GET /loften.atom", () -> get("/loften.atom"), all(200)));
    rows.add(new Row("GET /kommuner/{code}/loften.atom", () -> get("/kommuner/1278/loften.atom"), all(200)));

    // The workspace pages follow the same rules; a page answers 302 (to the login, or after a change) where the API
    // answers 401 or 2xx.
    rows.add(new Row("GET /admin/loften", () -> get("/admin/loften"), signedIn(302, 200)));
    rows.add(new Row("GET /admin/loften/nytt", () -> get("/admin/loften/nytt"), signedIn(302, 200)));
    rows.add(site("POST /admin/loften/nytt", draft, p -> form(post("/admin/loften/nytt"), fx.angelholm),
        inOrder(302, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403)));
    var reads = inOrder(302, 200, 200, 404, 404, 200, 200, 404, 200, 200, 404);
    rows.add(site("GET /admin/loften/{id}", draft, p -> get("/admin/loften/{id}", p.id()), reads));
    rows.add(site("GET /admin/loften/{id}/redigera", draft, p -> get("/admin/loften/{id}/redigera", p.id()), reads));
    var edits = inOrder(302, 302, 302, 404, 404, 403, 403, 404, 403, 302, 404);
    rows.add(site("POST /admin/loften/{id}/redigera", draft, p -> form(post("/admin/loften/{id}/redigera", p.id()), fx.angelholm),
        edits));
    rows.add(site("POST /admin/loften/{id}/ataganden", draft, p -> post("/admin/loften/{id}/ataganden", p.id())
        .param("party", "JOINT").param("text", "Nytt löfte").param("activityType", "SAFETY_WALK")
        .param("problemCategories", "BURGLARY"), edits));
    rows.add(site("POST /admin/loften/{id}/ataganden/{cid}/flytta", draft, p -> post(
        "/admin/loften/{id}/ataganden/{cid}/flytta", p.id(), first(p)).param("delta", "0"), edits));
    rows.add(site("POST /admin/loften/{id}/ataganden/{cid}/ta-bort", draft, p -> post(
        "/admin/loften/{id}/ataganden/{cid}/ta-bort", p.id(), first(p)), edits));
    rows.add(site("POST /admin/loften/{id}/underskrifter", draft, p -> post("/admin/loften/{id}/underskrifter",
        p.id()).param("party", "MUNICIPALITY").param("name", "Karl Kommun")
        .param("title", "Kommunstyrelsens ordförande").param("signedOn", "2025-01-01").param("place", "Båstad"),
        inOrder(302, 302, 403, 404, 404, 302, 403, 404, 403, 403, 404)));
    rows.add(site("POST /admin/loften/{id}/{action:publicera|revidera|ateroppna}", signed, p -> post(
        "/admin/loften/{id}/publicera", p.id()), edits));
    var changesPublished = inOrder(302, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403);
    rows.add(site("POST /admin/loften/{id}/forlang", published, p -> post("/admin/loften/{id}/forlang", p.id())
        .param("validTo", "2026-12-31").param("note", "Ett år till")
        .param("overrideReason", "Utvärderas senare"), changesPublished));
    rows.add(site("POST /admin/loften/{id}/{action:avsluta|aterkalla}", published, p -> post(
        "/admin/loften/{id}/avsluta", p.id()).param("reason", "Klart"), changesPublished));
    return rows;
  }

  private static Row api(String endpoint, Function<String, Promise> state,
      Function<Promise, MockHttpServletRequestBuilder> request, Matrix.Expect expected) {
    return new Row(endpoint, actor -> request.apply(state.apply(actor)), expected);
  }

  private static Row site(String endpoint, Function<String, Promise> state,
      Function<Promise, MockHttpServletRequestBuilder> request, Matrix.Expect expected) {
    return api(endpoint, state, request, expected);
  }

  private static java.util.UUID first(Promise p) {
    return p.working().commitments().get(0).id();
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, long lpo) {
    return b.param("municipalityCode", "1278").param("localPoliceAreaId", String.valueOf(lpo))
        .param("title", "Matris " + Matrix.unique())
        .param("validFrom", "2025-01-01").param("validTo", "2025-12-31").param("followUpIntervalMonths", "6")
        .param("problemCategories", "BURGLARY").param("introduction", "Inledning");
  }
}
