package se.medborgarlofte.survey;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static se.medborgarlofte.support.Matrix.adminOnly;
import static se.medborgarlofte.support.Matrix.all;
import static se.medborgarlofte.support.Matrix.inOrder;
import static se.medborgarlofte.support.Matrix.signedIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Row;

/**
 * The survey: answering, results, templates and trends are public; a kommun's rounds are run by its coordinators
 * and admins (police and signatories read through the kommun's pages, not these); templates are the admin's.
 * Rounds are in Båstad (1278), whose coordinator is "coordinator".
 */
public class SurveyMatrixRows implements Matrix.Rows {

  static final String TEMPLATE = "{\"code\":\"matrix-%s\",\"name\":\"Matris\",\"items\":[{\"code\":\"Q\",\"group\":"
      + "\"SAFETY\",\"textSv\":\"Trygg?\",\"textEn\":\"Safe?\",\"type\":\"YES_NO\",\"options\":[{\"code\":\"NO\","
      + "\"labelSv\":\"Nej\",\"labelEn\":\"No\",\"value\":0},{\"code\":\"YES\",\"labelSv\":\"Ja\",\"labelEn\":\"Yes\","
      + "\"value\":1}],\"topBox\":[\"YES\"]}]}";
  static final String MAPPING = "{\"columns\":[{\"column\":\"q1\",\"item\":\"P_LITTERING\"}]}";
  static final String ANSWERS = "lopnr;q1\n1;BIG\n2;3\n";
  static final String RESULTS = "year;area;item;published_index;published_share;n\n1995;ALL;P_LITTERING;1,5;;100\n";

  @Override
  public List<Row> rows(Matrix m) {
    SurveyFixtures fx = m.bean(SurveyFixtures.class);
    SurveyRounds rounds = m.bean(SurveyRounds.class);
    SurveyTemplates templates = m.bean(SurveyTemplates.class);
    long standard = fx.standard().id();
    SurveyRound open = fx.open("1278", "OPEN", List.of());
    SurveyRound invitations = fx.open("1278", "INVITATION", List.of());
    int batch = rounds.invite(m.member("admin"), invitations.id(), 2).batch();
    SurveyRound closed = fx.open("1278", "OPEN", List.of(new RoundRequest.Area("M1",
        "Matrisområde " + java.util.UUID.randomUUID().toString().substring(0, 6))));
    fx.close(closed.id());
    AnswerImportQueue answerImports = m.bean(AnswerImportQueue.class);
    AnswerMapping mapping;
    long answerImport;
    try {
      mapping = new tools.jackson.databind.json.JsonMapper().readValue(MAPPING, AnswerMapping.class);
      answerImport = answerImports.submit(m.member("admin"), fx.draft("1278", "OPEN", List.of()).id(), mapping, null,
          "m.csv", answerImports.spool(new java.io.ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8))),
          java.time.Duration.ofSeconds(60)).importId();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long importedRound = answerImports.view(m.member("admin"), answerImport).surveyId();
    m.bean(AnswerMappings.class).save(m.member("admin"), "1278", "Matris", mapping);
    String roundBody = "{\"templateId\":" + standard + ",\"municipalityCode\":\"1278\",\"title\":\"Matris\","
        + "\"opensOn\":\"2026-01-01\",\"closesOn\":\"2026-12-31\",\"mode\":\"OPEN\"}";

    //                                        anon coord police oCoord oPolice mSig pSig oSig analyst admin nobody
    Matrix.Expect apiEdit201 = inOrder(401, 201, 403, 403, 403, 403, 403, 403, 403, 201, 403);
    Matrix.Expect apiEdit200 = inOrder(401, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403);
    Matrix.Expect apiRead = inOrder(401, 200, 403, 403, 403, 200, 403, 403, 200, 200, 403);
    Matrix.Expect siteEdit302 = inOrder(302, 302, 403, 403, 403, 403, 403, 403, 403, 302, 403);
    Matrix.Expect siteEdit200 = inOrder(302, 200, 403, 403, 403, 403, 403, 403, 403, 200, 403);
    Matrix.Expect siteRead = inOrder(302, 200, 403, 403, 403, 200, 403, 403, 200, 200, 403);

    return List.of(
        new Row("GET /api/v1/survey-templates", () -> get("/api/v1/survey-templates"), all(200)),
        new Row("GET /api/v1/survey-templates/{id}", () -> get("/api/v1/survey-templates/" + standard), all(200)),
        new Row("POST /api/v1/survey-templates", () -> json(post("/api/v1/survey-templates"),
            TEMPLATE.formatted(Matrix.unique())), adminOnly(401, 201)),
        new Row("PUT /api/v1/survey-templates/{id}", actor -> {
          long id = templates.create(m.member("admin"), new tools.jackson.databind.json.JsonMapper()
              .readValue(TEMPLATE.formatted(Matrix.unique()), TemplateRequest.class)).id();
          return json(put("/api/v1/survey-templates/" + id), TEMPLATE.formatted("x"));
        }, adminOnly(401, 200)),
        new Row("POST /api/v1/surveys", () -> json(post("/api/v1/surveys"), roundBody), apiEdit201),
        new Row("GET /api/v1/surveys/{id}", () -> get("/api/v1/surveys/" + open.id()), apiRead),
        new Row("POST /api/v1/surveys/{id}/open", actor -> post("/api/v1/surveys/"
            + fx.draft("1278", "OPEN", List.of()).id() + "/open"), apiEdit200),
        new Row("POST /api/v1/surveys/{id}/close", actor -> post("/api/v1/surveys/"
            + fx.open("1278", "OPEN", List.of()).id() + "/close"), apiEdit200),
        new Row("POST /api/v1/surveys/{id}/invitations", () -> json(post("/api/v1/surveys/" + invitations.id()
            + "/invitations"), "{\"count\":1}"), apiEdit201),
        new Row("POST /api/v1/surveys/{id}/responses", () -> json(post("/api/v1/surveys/" + open.id()
            + "/responses"), "{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{\"P_LITTERING\":\"BIG\"}}"),
            all(201)),
        new Row("GET /api/v1/surveys/{id}/results", () -> get("/api/v1/surveys/" + closed.id() + "/results"),
            all(200)),
        new Row("POST /api/v1/municipalities/{code}/survey-results/imports", () -> post(
            "/api/v1/municipalities/1278/survey-results/imports").contentType("text/csv").content(RESULTS),
            apiEdit201),
        new Row("POST /api/v1/surveys/{id}/answers/imports", actor -> multipart("/api/v1/surveys/"
            + fx.draft("1278", "OPEN", List.of()).id() + "/answers/imports")
            .file(new MockMultipartFile("file", "a.csv", "text/csv", ANSWERS.getBytes(StandardCharsets.UTF_8)))
            .param("mapping", MAPPING), apiEdit201),
        new Row("GET /api/v1/surveys/{id}/answers/imports", () -> get("/api/v1/surveys/" + importedRound
            + "/answers/imports"), apiEdit200),
        new Row("GET /api/v1/surveys/{id}/answers/imports/{importId}", () -> get("/api/v1/surveys/" + importedRound
            + "/answers/imports/" + answerImport), apiEdit200),
        new Row("GET /api/v1/municipalities/{code}/survey-answer-mappings", () -> get(
            "/api/v1/municipalities/1278/survey-answer-mappings"), apiEdit200),
        new Row("GET /api/v1/municipalities/{code}/survey-answer-mappings/{name}", () -> get(
            "/api/v1/municipalities/1278/survey-answer-mappings/Matris"), apiEdit200),
        new Row("PUT /api/v1/municipalities/{code}/survey-answer-mappings/{name}", () -> json(put(
            "/api/v1/municipalities/1278/survey-answer-mappings/Matris"), MAPPING), apiEdit200),
        new Row("GET /api/v1/municipalities/{code}/survey-trends", () -> get(
            "/api/v1/municipalities/1278/survey-trends").param("item", "P_LITTERING"), all(200)),
        new Row("GET /enkater/{id}", () -> get("/enkater/" + open.id()), all(200)),
        new Row("GET /enkater/{id}/tack", () -> get("/enkater/" + open.id() + "/tack"), all(200)),
        new Row("GET /kommuner/{code}/trygghetsmatningar/{id}", () -> get("/kommuner/1278/trygghetsmatningar/"
            + closed.id()), all(200)),
        new Row("GET /kommuner/{code}/trygghetsmatningar/{id}/omraden/{area}", () -> get(
            "/kommuner/1278/trygghetsmatningar/" + closed.id() + "/omraden/M1"), all(200)),
        new Row("GET /kommuner/{code}/trygghetsmatningar/{id}.csv", () -> get(
            "/kommuner/1278/trygghetsmatningar/" + closed.id() + ".csv"), all(200)),
        new Row("GET /admin/enkater", () -> get("/admin/enkater"), signedIn(302, 200)),
        new Row("POST /admin/enkater", () -> post("/admin/enkater").param("templateId", String.valueOf(standard))
            .param("municipalityCode", "1278").param("title", "Matris").param("opensOn", "2026-01-01")
            .param("closesOn", "2026-12-31").param("mode", "OPEN").param("minimumCellSize", "30"), siteEdit302),
        new Row("GET /admin/enkater/{id}", () -> get("/admin/enkater/" + open.id()), siteRead),
        new Row("POST /admin/enkater/{id}/oppna", actor -> post("/admin/enkater/"
            + fx.draft("1278", "OPEN", List.of()).id() + "/oppna"), siteEdit302),
        new Row("POST /admin/enkater/{id}/stang", actor -> post("/admin/enkater/"
            + fx.open("1278", "OPEN", List.of()).id() + "/stang"), siteEdit302),
        new Row("POST /admin/enkater/{id}/koder", () -> post("/admin/enkater/" + invitations.id() + "/koder")
            .param("count", "1"), siteEdit302),
        new Row("GET /admin/enkater/{id}/koder/{batch}.csv", () -> get("/admin/enkater/" + invitations.id()
            + "/koder/" + batch + ".csv"), siteEdit200),
        new Row("GET /admin/enkater/{id}/koder/{batch}.pdf", () -> get("/admin/enkater/" + invitations.id()
            + "/koder/" + batch + ".pdf"), siteEdit200),
        new Row("POST /admin/enkater/import", () -> multipart("/admin/enkater/import")
            .file(new MockMultipartFile("file", "r.csv", "text/csv", RESULTS.getBytes(StandardCharsets.UTF_8)))
            .param("municipalityCode", "1278"), siteEdit302),
        new Row("POST /admin/enkater/{id}/svar", actor -> multipart("/admin/enkater/"
            + fx.draft("1278", "OPEN", List.of()).id() + "/svar")
            .file(new MockMultipartFile("file", "a.csv", "text/csv", ANSWERS.getBytes(StandardCharsets.UTF_8)))
            .param("mappingName", "Matris"), siteEdit302),
        new Row("POST /admin/enkater/{id}/svar/mappning", actor -> {
          long id = fx.draft("1278", "OPEN", List.of()).id();
          String upload = spool(answerImports).getFileName().toString();
          return post("/admin/enkater/" + id + "/svar/mappning").param("upload", upload)
              .param("column[0]", "lopnr").param("column[1]", "q1").param("target[1]", "P_LITTERING");
        }, siteEdit302),
        new Row("GET /admin/enkater/{id}/svar/importer/{importId}", () -> get("/admin/enkater/" + importedRound
            + "/svar/importer/" + answerImport), siteEdit200),
        new Row("GET /admin/enkater/mallar", () -> get("/admin/enkater/mallar"), adminOnly(302, 200)),
        new Row("GET /admin/enkater/mallar/{id}", () -> get("/admin/enkater/mallar/" + standard),
            adminOnly(302, 200)),
        new Row("GET /admin/enkater/mallar/{id}/ny-version", () -> get("/admin/enkater/mallar/" + standard
            + "/ny-version"), adminOnly(302, 200)),
        new Row("POST /admin/enkater/mallar/{id}/ny-version", actor -> {
          long id = templates.create(m.member("admin"), new tools.jackson.databind.json.JsonMapper()
              .readValue(TEMPLATE.formatted(Matrix.unique()), TemplateRequest.class)).id();
          return post("/admin/enkater/mallar/" + id + "/ny-version").param("action", "save").param("name", "Matris")
              .param("items[0].code", "Q").param("items[0].group", "SAFETY").param("items[0].textSv", "Trygg?")
              .param("items[0].textEn", "Safe?").param("items[0].type", "YES_NO")
              .param("items[0].options[0].code", "NO").param("items[0].options[0].labelSv", "Nej")
              .param("items[0].options[0].labelEn", "No").param("items[0].options[0].value", "0")
              .param("items[0].options[1].code", "YES").param("items[0].options[1].labelSv", "Ja")
              .param("items[0].options[1].labelEn", "Yes").param("items[0].options[1].value", "1")
              .param("items[0].options[1].topBox", "true");
        }, adminOnly(302, 302)));
  }

  private static java.nio.file.Path spool(AnswerImportQueue queue) {
    try {
      return queue.spool(new java.io.ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
