package se.medborgarlofte.organisation;

import static se.medborgarlofte.support.Matrix.adminOnly;
import static se.medborgarlofte.support.Matrix.all;
import static se.medborgarlofte.support.Matrix.signedIn;
import static se.medborgarlofte.support.Matrix.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;
import se.medborgarlofte.support.People;

/** Organisation's endpoints: reference data, LPOs, places, users, one's own account and the login page. */
public class OrganisationMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    LocalPoliceAreas areas = m.bean(LocalPoliceAreas.class);
    Places places = m.bean(Places.class);
    Users users = m.bean(Users.class);
    Memberships memberships = m.bean(Memberships.class);
    long lpo = m.lpo();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("GET /api/v1/municipalities", () -> get("/api/v1/municipalities"), all(200)));
    rows.add(new Row("GET /api/v1/municipalities/{code}", () -> get("/api/v1/municipalities/1278"), all(200)));
    rows.add(new Row("GET /api/v1/local-police-areas", () -> get("/api/v1/local-police-areas"), all(200)));
    rows.add(new Row("GET /api/v1/local-police-areas/{id}", () -> get("/api/v1/local-police-areas/" + lpo), all(200)));
    rows.add(new Row("POST /api/v1/local-police-areas", a -> json(post("/api/v1/local-police-areas"),
        "{\"name\":\"Matrix " + unique() + "\",\"policeRegion\":\"Syd\"}"), adminOnly(401, 201)));
    rows.add(new Row("PUT /api/v1/local-police-areas/{id}/municipalities/{code}",
        () -> json(put("/api/v1/local-police-areas/" + lpo + "/municipalities/1278"), "{\"validFrom\":\"2016-12-01\"}"),
        adminOnly(401, 200)));
    rows.add(new Row("PUT /api/v1/local-police-areas/{id}", a -> {
      long scratch = scratchLpo(areas);
      return json(put("/api/v1/local-police-areas/" + scratch),
          "{\"name\":\"Matrix renamed " + scratch + "\",\"policeRegion\":\"Mitt\"}");
    }, adminOnly(401, 200)));
    rows.add(new Row("DELETE /api/v1/local-police-areas/{id}/municipalities/{code}",
        a -> delete("/api/v1/local-police-areas/" + scratchLpo(areas) + "/municipalities/2180"),
        adminOnly(401, 204)));
    rows.add(new Row("POST /api/v1/local-police-areas/import", a -> post("/api/v1/local-police-areas/import")
        .contentType(MediaType.parseMediaType("text/csv"))
        .content("lpo_name,police_region,kommun_code,valid_from\nMatrix " + unique() + ",Nord,2580,2015-01-01\n"),
        adminOnly(401, 200)));
    rows.add(new Row("POST /api/v1/users", a -> json(post("/api/v1/users"), "{\"username\":\"matrix-api-" + unique()
        + "\",\"displayName\":\"Matrix\",\"password\":\"" + People.PASSWORD + "\"}"), adminOnly(401, 201)));
    rows.add(new Row("POST /api/v1/users/{id}/memberships", a -> json(post("/api/v1/users/"
        + users.create("matrix-api-target-" + unique(), "Matrix", null, People.PASSWORD) + "/memberships"),
        "{\"role\":\"ANALYST\"}"), adminOnly(401, 201)));
    rows.add(new Row("GET /api/v1/municipalities/{code}/places", () -> get("/api/v1/municipalities/1278/places"),
        all(200)));
    rows.add(new Row("POST /api/v1/municipalities/{code}/places", a -> json(
        post("/api/v1/municipalities/1278/places"), "{\"name\":\"Plats " + unique() + "\",\"kind\":\"POINT\"}"),
        all(403).but("anonymous", 401).but("admin", 201).but("coordinator", 201)));
    rows.add(new Row("DELETE /api/v1/places/{id}", a -> delete("/api/v1/places/" + place(places, m)),
        all(403).but("anonymous", 401).but("admin", 204).but("coordinator", 204)));

    rows.add(new Row("GET /api/v1/populations", () -> get("/api/v1/populations").param("area", "12")
        .param("year", "2024"), all(200)));
    rows.add(new Row("GET /api/v1/populations/years", () -> get("/api/v1/populations/years"), all(200)));
    rows.add(new Row("POST /api/v1/populations", a -> post("/api/v1/populations")
        .contentType(MediaType.parseMediaType("text/csv")).content("region,1960\n2580 Luleå,40000\n"),
        adminOnly(401, 201)));
    rows.add(new Row("GET /login", () -> get("/login"), all(200)));
    rows.add(new Row("GET /konto", () -> get("/konto"), signedIn(302, 200)));
    // Wrong current password: the form is shown again with the error and 422 for every member; anonymous logs in.
    rows.add(new Row("POST /konto/losenord", () -> post("/konto/losenord").param("currentPassword", "wrong-password-x")
        .param("newPassword", "a-new-password-1234").param("repeatPassword", "a-new-password-1234"),
        signedIn(302, 422)));
    rows.add(new Row("POST /konto/nycklar", () -> post("/konto/nycklar").param("name", "Matrix"), signedIn(302, 200)));
    // Someone else's token: unknown to this member.
    rows.add(new Row("POST /konto/nycklar/{id}/aterkalla", () -> post("/konto/nycklar/999999999/aterkalla"),
        signedIn(302, 404)));

    for (String page : List.of("/admin/anvandare", "/admin/lokalpolisomraden")) {
      rows.add(new Row("GET " + page, () -> get(page), adminOnly(302, 200)));
    }
    rows.add(new Row("GET /admin/lokalpolisomraden/{id}", () -> get("/admin/lokalpolisomraden/" + lpo),
        adminOnly(302, 200)));
    rows.add(new Row("POST /admin/anvandare", a -> post("/admin/anvandare").param("username", "matrix-" + unique())
        .param("displayName", "Matrix").param("password", People.PASSWORD), adminOnly(302, 302)));
    long user = users.create("matrix-target-" + unique(), "Matrix target", null, People.PASSWORD);
    rows.add(new Row("GET /admin/anvandare/{id}", () -> get("/admin/anvandare/" + user), adminOnly(302, 200)));
    rows.add(new Row("POST /admin/anvandare/{id}/medlemskap", a -> post("/admin/anvandare/" + user + "/medlemskap")
        .param("role", "COORDINATOR").param("municipalityCode", "0114"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/anvandare/{id}/medlemskap/{membershipId}/ta-bort", a -> {
      long target = users.create("matrix-revoke-" + unique(), "Matrix", null, People.PASSWORD);
      long membership = memberships.grant(target, Role.ANALYST, null, null);
      return post("/admin/anvandare/" + target + "/medlemskap/" + membership + "/ta-bort");
    }, adminOnly(302, 302)));
    rows.add(new Row("POST /admin/anvandare/{id}/aktiv", () -> post("/admin/anvandare/" + user + "/aktiv")
        .param("enabled", "true"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/anvandare/{id}/losenord", () -> post("/admin/anvandare/" + user + "/losenord")
        .param("password", People.PASSWORD), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden", a -> post("/admin/lokalpolisomraden")
        .param("name", "Matrix " + unique()).param("policeRegion", "Syd"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden/{id}", a -> {
      long scratch = scratchLpo(areas);
      return post("/admin/lokalpolisomraden/" + scratch).param("name", "Matrix renamed " + scratch)
          .param("policeRegion", "Mitt");
    }, adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden/{id}/avsluta", a -> post("/admin/lokalpolisomraden/"
        + scratchLpo(areas) + "/avsluta").param("lastDay", "2030-01-01"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden/{id}/kommuner", () -> post("/admin/lokalpolisomraden/" + lpo
        + "/kommuner").param("municipalityCode", "1278").param("validFrom", "2016-12-01"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden/{id}/kommuner/{code}/ta-bort", a -> post(
        "/admin/lokalpolisomraden/" + scratchLpo(areas) + "/kommuner/2180/ta-bort"), adminOnly(302, 302)));
    rows.add(new Row("POST /admin/lokalpolisomraden/import", a -> multipart("/admin/lokalpolisomraden/import")
        .file(new MockMultipartFile("file", "lpo.csv", "text/csv", ("lpo_name,police_region,kommun_code,valid_from\n"
            + "Matrix " + unique() + ",Nord,2580,2015-01-01\n").getBytes(StandardCharsets.UTF_8))),
        adminOnly(302, 302)));

    var editsBastad = all(403).but("anonymous", 302).but("admin", 200).but("coordinator", 200);
    rows.add(new Row("GET /admin/kommuner/{code}/platser", () -> get("/admin/kommuner/1278/platser"), editsBastad));
    var changesBastad = all(403).but("anonymous", 302).but("admin", 302).but("coordinator", 302);
    rows.add(new Row("POST /admin/kommuner/{code}/platser", a -> post("/admin/kommuner/1278/platser")
        .param("name", "Plats " + unique()).param("kind", "TOWN"), changesBastad));
    rows.add(new Row("POST /admin/kommuner/{code}/platser/{id}/ta-bort",
        a -> post("/admin/kommuner/1278/platser/" + place(places, m) + "/ta-bort"), changesBastad));
    return rows;
  }

  private static long scratchLpo(LocalPoliceAreas areas) {
    long scratch = areas.create("Matrix scratch " + unique(), "Mitt", null);
    areas.link(scratch, "2180", LocalDate.of(2020, 1, 1), null, null);
    return scratch;
  }

  private static long place(Places places, Matrix m) {
    return places.add(m.member("admin"), "1278", "Plats " + unique(), "POINT", null, null);
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
