package se.medborgarlofte.dialogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Dialogues and their entries as rows; text arrays for organisers and categories, jsonb for the breakdown. */
@Repository
class DialogueRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  DialogueRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(NewDialogue d, Double lat, Double lon, boolean example) {
    Participants p = d.participants();
    Map<String, Object> by = new java.util.LinkedHashMap<>();
    if (p != null && p.byGender() != null) {
      by.put("byGender", p.byGender());
    }
    if (p != null && p.byAgeBand() != null) {
      by.put("byAgeBand", p.byAgeBand());
    }
    return jdbc.sql("""
        insert into dialogue_dialogue (municipality_code, kind, title, held_on, organisers, place_id, latitude,
          longitude, participants, participants_by, open_for_entries, example)
        values (?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
        .params(d.municipalityCode(), d.kind().name(), d.title().strip(), d.date(), String.join(",", d.organisers()),
            d.placeId(), lat, lon, p == null ? null : p.total(), json.writeValueAsString(by), d.openForEntries(),
            example)
        .query(Long.class).single();
  }

  long insertEntry(long dialogueId, NewEntry e, Double lat, Double lon, boolean fromPublic) {
    return jdbc.sql("""
        insert into dialogue_entry (dialogue_id, text, problem_categories, place_id, latitude, longitude,
          proposed_action, owner, from_public, moderation)
        values (?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(dialogueId, e.text().strip(), String.join(",", e.problemCategories()), e.placeId(), lat, lon,
            blankToNull(e.proposedAction()), blankToNull(e.owner()), fromPublic,
            fromPublic ? "AWAITING_MODERATION" : "PUBLISHED")
        .query(Long.class).single();
  }

  void publishSummary(long id, String summary) {
    jdbc.sql("update dialogue_dialogue set summary = ?, published_at = coalesce(published_at, now()) where id = ?")
        .params(summary, id).update();
  }

  void moderateEntry(long entryId, String moderation, String reason) {
    jdbc.sql("update dialogue_entry set moderation = ?, reject_reason = ? where id = ?")
        .params(moderation, reason, entryId).update();
  }

  /** The entry's dialogue and its moderation state, locked for the change. */
  Optional<String[]> entryState(long entryId) {
    return jdbc.sql("select dialogue_id::text, moderation from dialogue_entry where id = ? for update")
        .param(entryId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
  }

  Optional<DialogueView> find(long id, boolean publicView) {
    return jdbc.sql(SELECT + " where d.id = ?" + (publicView ? " and d.published_at is not null" : ""))
        .param(id).query((rs, n) -> dialogue(rs, publicView)).optional();
  }

  List<DialogueView> published(String municipalityCode, int limit) {
    return jdbc.sql(SELECT + " where d.municipality_code = ? and d.published_at is not null"
            + " order by d.held_on desc, d.id desc limit ?")
        .params(municipalityCode, limit).query((rs, n) -> dialogue(rs, true)).list();
  }

  List<DialogueView> ofMunicipality(String municipalityCode) {
    return jdbc.sql(SELECT + " where d.municipality_code = ? order by d.held_on desc, d.id desc")
        .param(municipalityCode).query((rs, n) -> dialogue(rs, false)).list();
  }

  /** An entry's place as stored: its own point or a named place (resolved by {@link DialogueQueries}). */
  record StoredPlace(long id, List<String> problemCategories, Double latitude, Double longitude, Long placeId,
      java.time.LocalDate heldOn) {}

  List<StoredPlace> placedEntries(String municipalityCode, java.time.LocalDate from, java.time.LocalDate to) {
    return jdbc.sql("""
        select e.id, e.problem_categories, e.latitude, e.longitude, e.place_id, d.held_on
        from dialogue_entry e join dialogue_dialogue d on d.id = e.dialogue_id
        where d.municipality_code = :m and d.published_at is not null and e.moderation = 'PUBLISHED'
          and (e.latitude is not null or e.place_id is not null)
          and (cast(:from as date) is null or d.held_on >= cast(:from as date))
          and (cast(:to as date) is null or d.held_on <= cast(:to as date))
        order by e.id""")
        .param("m", municipalityCode).param("from", from).param("to", to)
        .query((rs, n) -> new StoredPlace(rs.getLong(1), strings(rs.getArray(2)), (Double) rs.getObject(3),
            (Double) rs.getObject(4), (Long) rs.getObject(5), rs.getObject(6, java.time.LocalDate.class)))
        .list();
  }

  private static final String SELECT = """
      select d.id, d.municipality_code, d.kind, d.title, d.held_on, d.organisers, d.place_id, d.latitude,
             d.longitude, d.participants, d.participants_by::text as participants_by, d.summary,
             d.published_at is not null as published, d.open_for_entries, d.example
      from dialogue_dialogue d""";

  private DialogueView dialogue(ResultSet rs, boolean publicView) throws SQLException {
    long id = rs.getLong("id");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Integer>> by = json.readValue(rs.getString("participants_by"), Map.class);
    Participants participants = new Participants((Integer) rs.getObject("participants"), by.get("byGender"),
        by.get("byAgeBand"));
    Double lat = (Double) rs.getObject("latitude");
    Double lon = (Double) rs.getObject("longitude");
    return new DialogueView(id, rs.getString("municipality_code"), DialogueKind.valueOf(rs.getString("kind")),
        rs.getString("title"), rs.getObject("held_on", java.time.LocalDate.class), strings(rs.getArray("organisers")),
        (Long) rs.getObject("place_id"), publicView ? round(lat) : lat, publicView ? round(lon) : lon,
        participants, rs.getString("summary"), rs.getBoolean("published"), rs.getBoolean("open_for_entries"),
        rs.getBoolean("example"), entries(id, publicView));
  }

  private List<DialogueView.EntryView> entries(long dialogueId, boolean publicView) {
    return jdbc.sql("""
        select id, text, problem_categories, place_id, latitude, longitude, proposed_action, owner, from_public,
               moderation
        from dialogue_entry where dialogue_id = ?""" + (publicView ? " and moderation = 'PUBLISHED'" : "")
            + " order by id")
        .param(dialogueId)
        .query((rs, n) -> {
          Double lat = (Double) rs.getObject("latitude");
          Double lon = (Double) rs.getObject("longitude");
          return new DialogueView.EntryView(rs.getLong("id"), rs.getString("text"),
              strings(rs.getArray("problem_categories")), (Long) rs.getObject("place_id"),
              publicView ? round(lat) : lat, publicView ? round(lon) : lon, rs.getString("proposed_action"),
              rs.getString("owner"), rs.getBoolean("from_public"), rs.getString("moderation"));
        }).list();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static Double round(Double degrees) {
    return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
