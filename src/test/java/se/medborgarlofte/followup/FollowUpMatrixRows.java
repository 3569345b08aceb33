package se.medborgarlofte.followup;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static se.medborgarlofte.support.Matrix.all;
import static se.medborgarlofte.support.Matrix.inOrder;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.support.PromiseFixtures;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;
import se.medborgarlofte.support.People;

/**
 * Follow-up endpoints against every caller, on promises of Båstad (1278) and the Ängelholm LPO. Reads are public;
 * writes are for members of a party to the promise (coordinators and police with {@code followup.edit}, and admins,
 * who have every permission but signing), and each side approves only for itself.
 */
public class FollowUpMatrixRows implements Matrix.Rows {

  @Override
  public List<Row> rows(Matrix m) {
    PromiseFixtures fx = new PromiseFixtures(m.bean(PromiseManagement.class), m.bean(People.class));
    FollowUps followUps = m.bean(FollowUps.class);
    Function<String, Promise> published = a -> {
      Promise p = fx.published("1278", "Matris uppföljning " + Matrix.unique());
      await().atMost(Duration.ofSeconds(20)).until(() -> !followUps.ofPromise(p.id()).isEmpty());
      return p;
    };
    Promise shown = published.apply("shared");
    UUID shownCommitment = commitment(shown);
    UUID shownFollowUp = followUps.ofPromise(shown.id()).get(0).id();
    String activity = """
        {"type":"TRAFFIC_CONTROL","date":"2025-03-01","party":"POLICE","counts":{"vehiclesChecked":3}}""";
    String report = """
        {"summary":"Matris","commitments":[{"commitmentId":"%s","status":"DONE","narrative":"Klart"}]}""";
    // A fresh follow-up with a report (and, for publishing, both approvals) for each caller.
    Function<String, UUID[]> drafted = a -> {
      Promise p = published.apply(a);
      UUID f = followUps.ofPromise(p.id()).get(0).id();
      followUps.edit(m.member("coordinator"), p.id(), f, new FollowUpReport("Matris", List.of(
          new FollowUpReport.CommitmentReport(commitment(p), CommitmentStatus.DONE, "Klart", null))));
      return new UUID[] {p.id(), f};
    };
    Function<String, UUID[]> approved = a -> {
      UUID[] ids = drafted.apply(a);
      followUps.approve(m.member("coordinator"), ids[0], ids[1], "MUNICIPALITY");
      followUps.approve(m.member("police"), ids[0], ids[1], "POLICE");
      return ids;
    };
    //                                            anon coord police oCoord oPolice mSig pSig oSig analyst admin nobody
    return List.of(
        new Row("POST /api/v1/promises/{id}/commitments/{commitmentId}/activities", a -> post(
            "/api/v1/promises/{id}/commitments/{c}/activities", shown.id(), shownCommitment)
            .contentType(MediaType.APPLICATION_JSON).content(activity),
            inOrder(401, 403, 201, 403, 403, 403, 403, 403, 403, 201, 403)),
        new Row("GET /api/v1/promises/{id}/activities", () -> get("/api/v1/promises/{id}/activities", shown.id()),
            all(200)),
        new Row("POST /api/v1/promises/{id}/activities/imports", a -> post(
            "/api/v1/promises/{id}/activities/imports", shown.id()).contentType("text/csv")
            .content("commitment,type,date,party\n" + shownCommitment + ",SAFETY_WALK,2025-04-01,POLICE\n"),
            // the coordinator is a party, but not the police: its line is refused, naming line 2 and the party
            inOrder(401, 422, 201, 403, 403, 403, 403, 403, 403, 201, 403)),
        new Row("GET /api/v1/promises/{id}/follow-ups", () -> get("/api/v1/promises/{id}/follow-ups", shown.id()),
            all(200)),
        new Row("GET /admin/uppfoljning", () -> get("/admin/uppfoljning"), Matrix.signedIn(302, 200)),
        new Row("GET /api/v1/follow-ups/due", () -> get("/api/v1/follow-ups/due"), Matrix.signedIn(401, 200)),
        new Row("GET /admin/uppfoljning/loften/{id}/aktiviteter", () -> get(
            "/admin/uppfoljning/loften/{id}/aktiviteter", shown.id()),
            inOrder(302, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)),
        // the kommun's activity: its coordinator logs it; the police may not log for the kommun (403)
        new Row("POST /admin/uppfoljning/loften/{id}/aktiviteter", a -> post(
            "/admin/uppfoljning/loften/{id}/aktiviteter", shown.id()).param("commitment", shownCommitment.toString())
            .param("type", "SAFETY_WALK").param("date", "2025-05-01").param("party", "MUNICIPALITY"),
            inOrder(302, 302, 403, 403, 403, 403, 403, 403, 403, 302, 403)),
        // a file: all or nothing, so the police's line for the kommun is a line error (422)
        new Row("POST /admin/uppfoljning/loften/{id}/aktiviteter/import", a -> multipart(
            "/admin/uppfoljning/loften/{id}/aktiviteter/import", shown.id()).file(new MockMultipartFile("file",
                "a.csv", "text/csv", ("commitment,type,date,party\n" + shownCommitment
                    + ",SAFETY_WALK,2025-05-02,MUNICIPALITY\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            inOrder(302, 302, 422, 403, 403, 403, 403, 403, 403, 302, 403)),
        new Row("GET /api/v1/promises/{id}/evaluation", () -> get("/api/v1/promises/{id}/evaluation", shown.id()),
            all(200)),
        new Row("GET /api/v1/promises/{id}/hotspots/{hotspotId}/activities", () -> get(
            "/api/v1/promises/{id}/hotspots/{h}/activities", shown.id(), "H-0"), all(404)),
        new Row("PUT /api/v1/promises/{id}/evaluation/decision", a -> put(
            "/api/v1/promises/{id}/evaluation/decision", shown.id()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"decision":"EXTEND","reason":"Matris","verdicts":[{"commitmentId":"%s","verdict":"ACHIEVED"}]}"""
                .formatted(shownCommitment)),
            inOrder(401, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)),
        new Row("PUT /api/v1/promises/{id}/follow-ups/{followUpId}", a -> put(
            "/api/v1/promises/{id}/follow-ups/{f}", shown.id(), shownFollowUp)
            .contentType(MediaType.APPLICATION_JSON).content(report.formatted(shownCommitment)),
            inOrder(401, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)),
        new Row("POST /api/v1/promises/{id}/follow-ups/{followUpId}/approvals", a -> {
          UUID[] ids = drafted.apply(a);
          return post("/api/v1/promises/{id}/follow-ups/{f}/approvals", ids[0], ids[1])
              .contentType(MediaType.APPLICATION_JSON).content("{\"party\":\"MUNICIPALITY\"}");
        }, inOrder(401, 201, 403, 403, 403, 403, 403, 403, 403, 201, 403)),
        new Row("POST /api/v1/promises/{id}/follow-ups/{followUpId}/publish", a -> {
          UUID[] ids = approved.apply(a);
          return post("/api/v1/promises/{id}/follow-ups/{f}/publish", ids[0], ids[1]);
        }, inOrder(401, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)),
        // the workspace page of a follow-up: the same parties as the API, signed in through the site (302 to log in)
        new Row("GET " + REPORT_PAGE, () -> get(REPORT_PAGE, shown.id(), shownFollowUp),
            inOrder(302, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403)),
        new Row("POST " + REPORT_PAGE, a -> post(REPORT_PAGE, shown.id(), shownFollowUp)
            .param("summary", "Matris").param("commitments[0].commitmentId", shownCommitment.toString())
            .param("commitments[0].status", "DONE").param("commitments[0].narrative", "Klart"),
            inOrder(302, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403)),
        // the kommun's approval: the police may not give it (403)
        new Row("POST " + REPORT_PAGE + "/godkannande", a -> {
          UUID[] ids = drafted.apply(a);
          return post(REPORT_PAGE + "/godkannande", ids[0], ids[1]).param("party", "MUNICIPALITY");
        }, inOrder(302, 302, 403, 403, 403, 403, 403, 403, 403, 302, 403)),
        new Row("POST " + REPORT_PAGE + "/publicera", a -> {
          UUID[] ids = approved.apply(a);
          return post(REPORT_PAGE + "/publicera", ids[0], ids[1]);
        }, inOrder(302, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403)),
        // the decision is posted from the evaluation's page (the promise's last follow-up)
        new Row("POST " + REPORT_PAGE + "/beslut", a -> post(REPORT_PAGE + "/beslut", shown.id(),
            followUps.ofPromise(shown.id()).get(followUps.ofPromise(shown.id()).size() - 1).id())
            .param("decision", "EXTEND").param("reason", "Matris")
            .param("verdicts[0].commitmentId", shownCommitment.toString()).param("verdicts[0].verdict", "ACHIEVED"),
            inOrder(302, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403)));
  }

  private static final String REPORT_PAGE = "/admin/uppfoljning/loften/{id}/uppfoljningar/{followUpId}";

  private static UUID commitment(Promise p) {
    return p.published().orElseThrow().commitments().get(0).id();
  }
}
