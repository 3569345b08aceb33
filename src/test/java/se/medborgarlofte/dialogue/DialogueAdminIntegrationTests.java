package se.medborgarlofte.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Dialogues in admin: a coordinator creates a safety walk, enters what was said with a proposed action and owner,
 * publishes the summary and moderates a citizen's entry; nonsense is refused with the field named and nothing
 * stored; another kommun's staff may not. Klippan (1276) is this class's kommun.
 */
@IntegrationTest
class DialogueAdminIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired Dialogues dialogues;

  long count() {
    return jdbc.sql("select count(*) from dialogue_dialogue").query(Long.class).single();
  }

  @Test
  void aCoordinatorEntersASafetyWalkItsEntriesAndSummaryInAdmin() throws Exception {
    Member coordinator = people.coordinator("1276");
    String title = "Vandring i Klippan " + UUID.randomUUID();
    long before = count();
    mvc.perform(post("/admin/dialoger").with(user(coordinator)).with(csrf()).param("kommun", "1276")
            .param("kind", "SAFETY_WALK").param("title", title).param("date", "inte ett datum")
            .param("participants", "tolv"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"date-error\"")))
        .andExpect(content().string(containsString("id=\"participants.total-error\"")))
        .andExpect(content().string(containsString(title)));
    assertThat(count()).isEqualTo(before);
    String location = mvc.perform(post("/admin/dialoger").with(user(coordinator)).with(csrf())
            .param("kommun", "1276").param("kind", "SAFETY_WALK").param("title", title).param("date", "2026-10-20")
            .param("organisers", "MUNICIPALITY", "POLICE").param("participants", "12").param("women", "7")
            .param("men", "5"))
        .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    DialogueView created = dialogues.forStaff(coordinator, id);
    assertThat(created.participants().total()).isEqualTo(12);
    assertThat(created.participants().byGender()).containsEntry("WOMEN", 7);
    assertThat(created.organisers()).containsExactly("MUNICIPALITY", "POLICE");

    mvc.perform(post("/admin/dialoger/" + id + "/inlagg").with(user(coordinator)).with(csrf())
            .param("text", "").param("lat", "56,1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"problemCategories-error\"")));
    mvc.perform(post("/admin/dialoger/" + id + "/inlagg").with(user(coordinator)).with(csrf())
            .param("text", "Mörkt vid stationen").param("problemCategories", "UNSAFE_PLACES")
            .param("proposedAction", "Ny belysning").param("owner", "kommunen"))
        .andExpect(status().isFound());
    mvc.perform(post("/admin/dialoger/" + id + "/sammanfattning").with(user(coordinator)).with(csrf())
            .param("summary", "Tolv gick med; belysningen togs upp."))
        .andExpect(status().isFound());
    mvc.perform(get("/admin/dialoger/" + id).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Ny belysning")));
    mvc.perform(get("/admin/dialoger").with(user(coordinator)).param("kommun", "1276"))
        .andExpect(content().string(containsString(title)));
    mvc.perform(get("/kommuner/1276")).andExpect(content().string(containsString("Tolv gick med")));
    assertThat(audit.forEntity("Dialogue", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("DIALOGUE_CREATED", "DIALOGUE_ENTRY_ADDED", "DIALOGUE_SUMMARY_PUBLISHED");
    // Another kommun's coordinator sees and changes nothing here.
    mvc.perform(get("/admin/dialoger/" + id).with(user(people.coordinator("1278")))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/dialoger/" + id + "/inlagg").with(user(people.coordinator("1278"))).with(csrf())
        .param("text", "Inte min").param("problemCategories", "TRAFFIC")).andExpect(status().isForbidden());
  }

  @Test
  void aCitizensEntryIsModeratedInAdmin() throws Exception {
    Member coordinator = people.coordinator("1276");
    long online = dialogues.create(coordinator, new NewDialogue("1276", DialogueKind.ONLINE, "Nätdialog "
        + UUID.randomUUID(), java.time.LocalDate.now(), java.util.List.of("JOINT"), null, null, null, null, true));
    long entry = dialogues.submitFromPublic(online, new NewEntry("Stökigt vid skolan", java.util.List.of(
        "PUBLIC_DISORDER"), null, null, null, null, null));
    mvc.perform(get("/admin/dialoger/" + online).with(user(coordinator)))
        .andExpect(content().string(containsString("Väntar på granskning")));
    mvc.perform(post("/admin/dialoger/" + online + "/inlagg/" + entry + "/moderering").with(user(coordinator))
            .with(csrf()).param("decision", "REJECT"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"reason-error\"")));
    mvc.perform(post("/admin/dialoger/" + online + "/inlagg/" + entry + "/moderering").with(user(coordinator))
            .with(csrf()).param("decision", "PUBLISH"))
        .andExpect(status().isFound());
    assertThat(dialogues.forStaff(coordinator, online).entries()).singleElement()
        .satisfies(e -> assertThat(e.moderation()).isEqualTo("PUBLISHED"));
    mvc.perform(post("/admin/dialoger/" + online + "/inlagg/" + entry + "/moderering").with(user(coordinator))
            .with(csrf()).param("decision", "PUBLISH"))
        .andExpect(status().isConflict());
  }
}
