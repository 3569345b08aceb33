package se.medborgarlofte.reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.medborgarlofte.support.Matrix.all;

import java.util.List;
import se.medborgarlofte.organisation.Member;
import org.springframework.http.MediaType;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Expect;
import se.medborgarlofte.support.Matrix.Row;

/**
 * Place reports: anyone reports and reads what was published (and Open311 likewise, with an app's key to send);
 * Båstad's coordinators, the police of Ängelholm (its LPO) and admins moderate Båstad's reports; admins add
 * categories and issue Open311 keys.
 */
public class ReportsMatrixRows implements Matrix.Rows {

  /** Moderators of Båstad: its coordinator, the police of its LPO, the admin. */
  static Expect moderators(int anonymous, int ok) {
    return all(403).but("anonymous", anonymous).but("coordinator", ok).but("police", ok).but("admin", ok);
  }

  /** Who reads Båstad's EST view: its staff and signatories, the police area's, analysts and admins. */
  static Expect readers(int anonymous) {
    return all(200).but("anonymous", anonymous).but("otherCoordinator", 403).but("otherPolice", 403)
        .but("otherSignatory", 403).but("nobody", 403);
  }

  @Override
  public List<Row> rows(Matrix m) {
    PlaceReports reports = m.bean(PlaceReports.class);
    Member admin = m.member("admin");
    long published = ReportFixtures.published(reports, admin);
    String key = m.bean(Open311Clients.class).issue(m.member("admin"), "matrix " + Matrix.unique()).apiKey();
    long place = m.bean(se.medborgarlofte.organisation.Places.class).add(admin, "1278", "EST matris " + Matrix.unique(),
        "POINT", 56.4275, 12.8492);
    // The form files at another place: the API row already filed this week at the first, as the same people.
    long formPlace = m.bean(se.medborgarlofte.organisation.Places.class).add(admin, "1278", "EST formulär "
        + Matrix.unique(), "POINT", null, null);
    String week = java.time.LocalDate.now().toString();
    // A hotspot south of the centre, away from the station (whose places would cover it).
    String hotspot = ReportFixtures.hotspot(reports, m.bean(Hotspots.class), admin, "reckless-driving", 56.4180,
        12.8700);
    String report = "{\"municipalityCode\":\"1278\",\"category\":\"speeding\",\"description\":\"Matris\","
        + "\"lat\":56.4275,\"lon\":12.8492}";
    return List.of(
        new Row("GET /api/v1/report-categories", () -> get("/api/v1/report-categories"), all(200)),
        new Row("POST /api/v1/report-categories", a -> post("/api/v1/report-categories")
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"m-" + Matrix.unique()
                + "\",\"nameSv\":\"Matris\",\"nameEn\":\"Matrix\",\"problemCategory\":\"TRAFFIC\"}"),
            Matrix.adminOnly(401, 201)),
        new Row("POST /api/v1/place-reports", () -> post("/api/v1/place-reports")
            .contentType(MediaType.APPLICATION_JSON).content(report), all(202)),
        new Row("GET /api/v1/place-reports", () -> get("/api/v1/place-reports").param("municipality", "1278"),
            all(200)),
        new Row("GET /api/v1/place-reports/{id}", () -> get("/api/v1/place-reports/" + published), all(200)),
        new Row("GET /api/v1/place-reports.geojson", () -> get("/api/v1/place-reports.geojson")
            .param("municipality", "1278"), all(200)),
        new Row("GET /api/v1/place-reports/moderation-queue", () -> get("/api/v1/place-reports/moderation-queue")
            .param("municipality", "1278"), moderators(401, 200)),
        new Row("POST /api/v1/place-reports/{id}/moderation", a -> post("/api/v1/place-reports/"
            + ReportFixtures.awaiting(reports) + "/moderation").contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"PUBLISH\"}"), moderators(401, 200)),
        new Row("POST /api/v1/place-reports/{id}/status", a -> post("/api/v1/place-reports/"
            + ReportFixtures.published(reports, admin) + "/status").contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"CLOSED\",\"note\":\"Åtgärdat\"}"), moderators(401, 200)),
        new Row("GET /api/v1/hotspots", () -> get("/api/v1/hotspots").param("municipality", "1278"), all(200)),
        // Saving a hotspot as a place is changing the kommun's places: its coordinators and admins.
        new Row("POST /api/v1/hotspots/{hotspotId}/places", a -> post("/api/v1/hotspots/" + hotspot + "/places")
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Hotspot " + Matrix.unique() + "\"}"),
            all(403).but("anonymous", 401).but("coordinator", 201).but("admin", 201)),
        new Row("GET /admin/hotspots", () -> get("/admin/hotspots").param("kommun", "1278"), all(302)),
        new Row("GET /admin/kommuner/{code}/hotspots", () -> get("/admin/kommuner/1278/hotspots"),
            readers(302)),
        new Row("POST /admin/kommuner/{code}/hotspots/{hotspotId}/plats", a -> post("/admin/kommuner/1278/hotspots/"
            + hotspot + "/plats").param("name", "Hotspot " + Matrix.unique()),
            all(403).but("anonymous", 302).but("coordinator", 302).but("admin", 302)),
        new Row("POST /api/v1/open311-clients", a -> post("/api/v1/open311-clients")
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"app " + Matrix.unique() + "\"}"),
            Matrix.adminOnly(401, 201)),
        new Row("GET /kommuner/{code}/rapportera", () -> get("/kommuner/1278/rapportera"), all(200)),
        new Row("POST /kommuner/{code}/rapportera", () -> post("/kommuner/1278/rapportera")
            .param("category", "vandalism").param("description", "Matris").param("location", "Vid torget"),
            all(302)),
        new Row("GET /kommuner/{code}/rapportera/tack", () -> get("/kommuner/1278/rapportera/tack"), all(200)),
        // The queue lists the caller's own kommuner: Eslöv's staff see Eslöv's.
        new Row("GET /admin/rapporter", () -> get("/admin/rapporter"), moderators(302, 200)
            .but("otherCoordinator", 200).but("otherPolice", 200)),
        new Row("GET /admin/rapporter/{id}", () -> get("/admin/rapporter/" + published), moderators(302, 200)),
        new Row("POST /admin/rapporter/{id}/moderering", a -> post("/admin/rapporter/"
            + ReportFixtures.awaiting(reports) + "/moderering").param("decision", "PUBLISH"), moderators(302, 302)),
        new Row("POST /admin/rapporter/{id}/status", a -> post("/admin/rapporter/"
            + ReportFixtures.published(reports, admin) + "/status").param("status", "CLOSED"), moderators(302, 302)),
        new Row("GET /open311/v2/discovery.{format}", () -> get("/open311/v2/discovery.json"), all(200)),
        new Row("GET /open311/v2/services.{format}", () -> get("/open311/v2/services.xml"), all(200)),
        new Row("GET /open311/v2/services/{code}.{format}", () -> get("/open311/v2/services/speeding.json"),
            all(200)),
        new Row("GET /open311/v2/requests.{format}", () -> get("/open311/v2/requests.json"), all(200)),
        new Row("POST /open311/v2/requests.{format}", () -> post("/open311/v2/requests.json")
            .param("api_key", key).param("service_code", "littering").param("lat", "56.4275")
            .param("long", "12.8492").param("description", "Matris"), all(200)),
        new Row("GET /open311/v2/requests/{id}.{format}", () -> get("/open311/v2/requests/" + published + ".xml"),
            all(200)),
        new Row("POST /api/v1/est-reports", () -> post("/api/v1/est-reports").contentType(MediaType.APPLICATION_JSON)
            .content("{\"municipalityCode\":\"1278\",\"placeId\":" + place + ",\"week\":\"" + week
                + "\",\"counts\":{\"VANDALISM\":2}}"), moderators(401, 201)),
        new Row("GET /api/v1/est-reports/situation", () -> get("/api/v1/est-reports/situation")
            .param("municipality", "1278").param("week", week), readers(401)),
        new Row("GET /admin/est", () -> get("/admin/est").param("kommun", "1278"), moderators(302, 200)),
        new Row("POST /admin/est", () -> post("/admin/est").param("kommun", "1278").param("placeId",
            String.valueOf(formPlace)).param("week", week).param("count.DRUGS", "1"), moderators(302, 302)),
        new Row("GET /admin/est/lagesbild", () -> get("/admin/est/lagesbild").param("kommun", "1278"),
            readers(302)),
        new Row("GET /open311/v2/servicerequestupdates.{format}", () -> get(
            "/open311/v2/servicerequestupdates.json"), all(200)),
        new Row("GET /admin/rapportkategorier", () -> get("/admin/rapportkategorier"), Matrix.adminOnly(302, 200)),
        new Row("POST /admin/rapportkategorier", a -> post("/admin/rapportkategorier").param("code", "f-"
            + Matrix.unique()).param("nameSv", "Matris").param("nameEn", "Matrix").param("problemCategory", "TRAFFIC"),
            Matrix.adminOnly(302, 302)),
        new Row("GET /admin/open311-nycklar", () -> get("/admin/open311-nycklar"), Matrix.adminOnly(302, 200)),
        new Row("POST /admin/open311-nycklar", a -> post("/admin/open311-nycklar").param("name", "app "
            + Matrix.unique()), Matrix.adminOnly(302, 200)),
        new Row("POST /admin/open311-nycklar/{id}/aterkalla", a -> post("/admin/open311-nycklar/"
            + m.bean(Open311Clients.class).issue(admin, "återkallas " + Matrix.unique()).id() + "/aterkalla"),
            Matrix.adminOnly(302, 302)));
  }
}
