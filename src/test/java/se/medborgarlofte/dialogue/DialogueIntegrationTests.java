package se.medborgarlofte.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialogues on PostgreSQL: a safety walk with its participants and entries (proposed action and owner), published on
 * the kommun page; an online dialogue whose citizens' entries wait for moderation; refused input naming each field;
 * scope. Höganäs (1284) is this class's kommun.
 */
@IntegrationTest
class DialogueIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Dialogues dialogues;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired JsonMapper json;

  Member coordinator() {
    return people.coordinator("1284");
  }

  @Test
  void aSafetyWalkWithEntriesIsPublishedOnTheKommunPage() throws Exception {
    Member c = coordinator();
    String title = "Trygghetsvandring i centrum " + UUID.randomUUID().toString().substring(0, 6);
    String answer = mvc.perform(post("/api/v1/dialogues").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"1284","kind":"SAFETY_WALK","title":"%s","date":"2026-10-12",
             "organisers":["MUNICIPALITY","POLICE"],
             "participants":{"total":24,"byGender":{"WOMEN":14,"MEN":9,"OTHER":1},"byAgeBand":{"65+":8,"18-29":5}}}
            """.formatted(title)).with(httpBasic(c.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = json.readTree(answer).get("id").asLong();
    mvc.perform(post("/api/v1/dialogues/" + id + "/entries").contentType(MediaType.APPLICATION_JSON).content("""
            {"text":"Mörkt i gångtunneln vid Storgatan","problemCategories":["UNSAFE_PLACES"],
             "lat":56.1993,"lon":12.5654,"proposedAction":"Bättre belysning i tunneln","owner":"kommunen"}""")
            .with(httpBasic(c.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/dialogues/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/kommuner/1284")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
    dialogues.publishSummary(c, id, "Deltagarna pekade ut tunneln och torget.");
    mvc.perform(get("/api/v1/dialogues/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.participants.byGender.WOMEN").value(14))
        .andExpect(jsonPath("$.entries[0].proposedAction").value("Bättre belysning i tunneln"))
        .andExpect(jsonPath("$.entries[0].lat").value(56.199))
        .andExpect(jsonPath("$.entries[0].lon").value(12.565));
    mvc.perform(get("/kommuner/1284")).andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("Föreslagen åtgärd: Bättre belysning i tunneln (ansvarig: kommunen)")))
        .andExpect(content().string(containsString("24 deltagare.")))
        .andExpect(content().string(containsString("kvinnor 14")));
    assertThat(audit.forEntity("Dialogue", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("DIALOGUE_CREATED", "DIALOGUE_ENTRY_ADDED", "DIALOGUE_SUMMARY_PUBLISHED");
  }

  @Test
  void badInputIsRefusedWithEveryFieldNamedAndNothingStored() throws Exception {
    Member c = coordinator();
    long before = jdbc.sql("select count(*) from dialogue_dialogue").query(Long.class).single();
    mvc.perform(post("/api/v1/dialogues").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"1284","kind":"MEETING","organisers":["KOMMUNEN"],"place":{"lat":56.4275,"lon":12.8492},
             "participants":{"total":10,"byGender":{"WOMEN":8,"MEN":5}}}""")
            .with(httpBasic(c.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'date')]", hasSize(1)))
        .andExpect(jsonPath("$.errors[?(@.field == 'title')]", hasSize(1)))
        .andExpect(jsonPath("$.errors[?(@.field == 'organisers')].message").value(
            org.hamcrest.Matchers.hasItem(containsString("'KOMMUNEN' is not a party"))))
        .andExpect(jsonPath("$.errors[?(@.field == 'participants.byGender')].message").value(
            org.hamcrest.Matchers.hasItem("adds up to 13, more than the 10 participants")))
        .andExpect(jsonPath("$.errors[?(@.field == 'lat')].message").value(
            org.hamcrest.Matchers.hasItem(containsString("lies outside Höganäs"))));
    mvc.perform(post("/api/v1/dialogues").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PARTY\"}")
            .with(httpBasic(c.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    assertThat(jdbc.sql("select count(*) from dialogue_dialogue").query(Long.class).single()).isEqualTo(before);
    long meeting = dialogues.create(c, new NewDialogue("1284", DialogueKind.MEETING, "Möte", LocalDate.of(2026, 9, 1),
        List.of("JOINT"), null, null, null, null, false));
    assertThatThrownBy(() -> dialogues.addEntry(c, meeting, new NewEntry("", List.of("NOPE"), null, null, null,
        "Kameror", "polisen")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("text: write what was said")
        .hasMessageContaining("unknown problem category: NOPE")
        .hasMessageContaining("only a safety walk's entries have a proposed action");
  }

  @Test
  void citizensWriteToAnOpenOnlineDialogueAndModeratorsPublishFirst() throws Exception {
    Member c = coordinator();
    long id = dialogues.create(c, new NewDialogue("1284", DialogueKind.ONLINE, "Trygg i Höganäs",
        LocalDate.of(2026, 11, 1), List.of("JOINT"), null, null, null, null, true));
    dialogues.publishSummary(c, id, "Vad gör Höganäs tryggare?");
    String text = "Fler vuxna ute på kvällarna " + UUID.randomUUID();
    mvc.perform(post("/dialoger/" + id).with(csrf()).param("text", text).param("problemCategories",
            "UNSAFE_PLACES", "YOUTH_CRIME"))
        .andExpect(redirectedUrl("/dialoger/" + id + "?tack"));
    mvc.perform(post("/dialoger/" + id).with(csrf()).param("text", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("give at least one problem category")));
    mvc.perform(get("/kommuner/1284")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(text))));
    mvc.perform(get("/dialoger/" + id)).andExpect(content().string(org.hamcrest.Matchers.not(containsString(text))));
    long entry = jdbc.sql("select id from dialogue_entry where text = ?").param(text).query(Long.class).single();
    assertThatThrownBy(() -> dialogues.moderateEntry(people.coordinator("1285"), entry, "PUBLISH", null))
        .isInstanceOf(AccessDeniedException.class);
    dialogues.moderateEntry(c, entry, "PUBLISH", null);
    assertThatThrownBy(() -> dialogues.moderateEntry(c, entry, "REJECT", "sent"))
        .isInstanceOf(ConflictException.class);
    mvc.perform(get("/kommuner/1284")).andExpect(content().string(containsString(text)));
    // A closed or non-online dialogue takes nothing from the public.
    long walk = dialogues.create(c, new NewDialogue("1284", DialogueKind.SAFETY_WALK, "Vandring",
        LocalDate.of(2026, 9, 2), List.of("POLICE"), null, null, null, null, false));
    mvc.perform(post("/api/v1/dialogues/" + walk + "/submissions").contentType(MediaType.APPLICATION_JSON)
        .content("{\"text\":\"x\",\"problemCategories\":[\"TRAFFIC\"]}")).andExpect(status().isNotFound());
  }

  @Test
  void kommunANeverEntersKommunBsDialogues() {
    assertThatThrownBy(() -> dialogues.create(people.coordinator("1285"), new NewDialogue("1284",
        DialogueKind.MEETING, "Möte", LocalDate.of(2026, 9, 1), List.of("JOINT"), null, null, null, null, false)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
