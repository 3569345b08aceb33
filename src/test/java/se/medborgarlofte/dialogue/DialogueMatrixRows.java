package se.medborgarlofte.dialogue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static se.medborgarlofte.support.Matrix.all;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.Matrix;
import se.medborgarlofte.support.Matrix.Expect;
import se.medborgarlofte.support.Matrix.Row;

/**
 * Dialogues: Båstad's coordinators, the police of Ängelholm (its LPO) and admins enter and moderate Båstad's
 * dialogues; anyone reads published ones and writes to an open online dialogue.
 */
public class DialogueMatrixRows implements Matrix.Rows {

  static Expect staff(int anonymous, int ok) {
    return all(403).but("anonymous", anonymous).but("coordinator", ok).but("police", ok).but("admin", ok);
  }

  static long online(Dialogues dialogues, Member admin) {
    return dialogues.create(admin, new NewDialogue("1278", DialogueKind.ONLINE, "Matris " + Matrix.unique(),
        LocalDate.now(), List.of("JOINT"), null, null, null, null, true));
  }

  static long awaitingEntry(Dialogues dialogues, long dialogue) {
    return dialogues.submitFromPublic(dialogue, new NewEntry("Mörkt", List.of("UNSAFE_PLACES"), null, null, null,
        null, null));
  }

  @Override
  public List<Row> rows(Matrix m) {
    Dialogues dialogues = m.bean(Dialogues.class);
    Member admin = m.member("admin");
    long dialogue = online(dialogues, admin);
    dialogues.publishSummary(admin, dialogue, "Sammanfattning");
    String entry = "{\"text\":\"Mörkt\",\"problemCategories\":[\"UNSAFE_PLACES\"]}";
    return List.of(
        new Row("POST /api/v1/dialogues", a -> post("/api/v1/dialogues").contentType(MediaType.APPLICATION_JSON)
            .content("{\"municipalityCode\":\"1278\",\"kind\":\"MEETING\",\"date\":\"2026-10-01\","
                + "\"organisers\":[\"MUNICIPALITY\"]}"), staff(401, 201)),
        new Row("POST /api/v1/dialogues/{id}/entries", () -> post("/api/v1/dialogues/" + dialogue + "/entries")
            .contentType(MediaType.APPLICATION_JSON).content(entry), staff(401, 201)),
        new Row("POST /api/v1/dialogues/{id}/submissions", () -> post("/api/v1/dialogues/" + dialogue
            + "/submissions").contentType(MediaType.APPLICATION_JSON).content(entry), all(202)),
        new Row("POST /api/v1/dialogue-entries/{id}/moderation", a -> post("/api/v1/dialogue-entries/"
            + awaitingEntry(dialogues, dialogue) + "/moderation").contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"PUBLISH\"}"), staff(401, 200)),
        new Row("PUT /api/v1/dialogues/{id}/summary", () -> put("/api/v1/dialogues/" + dialogue + "/summary")
            .contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"Ny sammanfattning\"}"),
            staff(401, 200)),
        new Row("GET /api/v1/dialogues", () -> get("/api/v1/dialogues").param("municipality", "1278"), all(200)),
        new Row("GET /api/v1/dialogues/{id}", () -> get("/api/v1/dialogues/" + dialogue), all(200)),
        new Row("GET /dialoger/{id}", () -> get("/dialoger/" + dialogue), all(200)),
        new Row("POST /dialoger/{id}", () -> post("/dialoger/" + dialogue).param("text", "Mörkt vid torget")
            .param("problemCategories", "UNSAFE_PLACES"), all(302)),
        new Row("GET /admin/dialoger", () -> get("/admin/dialoger").param("kommun", "1278"), staff(302, 200)),
        new Row("POST /admin/dialoger", () -> post("/admin/dialoger").param("kommun", "1278").param("kind", "MEETING")
            .param("title", "Matris").param("date", "2026-10-01").param("organisers", "JOINT"), staff(302, 302)),
        new Row("GET /admin/dialoger/{id}", () -> get("/admin/dialoger/" + dialogue), staff(302, 200)),
        new Row("POST /admin/dialoger/{id}/inlagg", () -> post("/admin/dialoger/" + dialogue + "/inlagg")
            .param("text", "Mörkt").param("problemCategories", "UNSAFE_PLACES"), staff(302, 302)),
        new Row("POST /admin/dialoger/{id}/sammanfattning", () -> post("/admin/dialoger/" + dialogue
            + "/sammanfattning").param("summary", "Ny sammanfattning"), staff(302, 302)),
        new Row("POST /admin/dialoger/{id}/inlagg/{entryId}/moderering", a -> post("/admin/dialoger/" + dialogue
            + "/inlagg/" + awaitingEntry(dialogues, dialogue) + "/moderering").param("decision", "PUBLISH"),
            staff(302, 302)));
  }
}
