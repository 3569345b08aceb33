package se.medborgarlofte.survey;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/** The write API of survey rounds: build, open, close, and invitation codes. Every change is audited. */
@Service
public class SurveyRounds {

  /** No 0/O, 1/I/L: a code is typed from paper. 31 symbols, 10 of them: 49 bits, unguessable at any rate limit. */
  static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int CODE_LENGTH = 10;
  static final int MAX_CODES_PER_BATCH = 20_000;

  private final RoundRepository rounds;
  private final SurveyTemplates templates;
  private final Municipalities municipalities;
  private final Places places;
  private final SurveyResults results;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final SecureRandom random = new SecureRandom();

  SurveyRounds(RoundRepository rounds, SurveyTemplates templates, Municipalities municipalities, Places places,
      SurveyResults results, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
    this.rounds = rounds;
    this.templates = templates;
    this.municipalities = municipalities;
    this.places = places;
    this.results = results;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  public SurveyRound get(long id) {
    return rounds.find(id).orElseThrow(() -> new NotFoundException("no survey " + id));
  }

  public List<SurveyRound> in(String municipalityCode) {
    return rounds.in(municipalityCode);
  }

  public long responseCount(long id) {
    return rounds.responseCount(id);
  }

  @Transactional
  public SurveyRound create(Member by, RoundRequest request) {
    return create(by, request, false);
  }

  @Transactional
  public SurveyRound create(Member by, RoundRequest request, boolean example) {
    FieldErrors errors = new FieldErrors();
    if (request.municipalityCode() == null || !municipalities.exists(request.municipalityCode())) {
      throw new NotFoundException("no municipality " + request.municipalityCode());
    }
    SurveyPermissions.requireEdit(by, request.municipalityCode());
    if (request.templateId() == null) {
      errors.add("templateId", "is required");
    } else if (templates.all().stream().noneMatch(t -> t.id() == request.templateId())) {
      errors.add("templateId", "no survey template " + request.templateId());
    }
    if (request.title() == null || request.title().isBlank() || request.title().strip().length() > 200) {
      errors.add("title", "must be 1–200 characters");
    }
    if (request.opensOn() == null) {
      errors.add("opensOn", "is required (YYYY-MM-DD)");
    }
    if (request.closesOn() == null) {
      errors.add("closesOn", "is required (YYYY-MM-DD)");
    } else if (request.opensOn() != null && request.closesOn().isBefore(request.opensOn())) {
      errors.add("closesOn", "must not be before opensOn");
    }
    RoundMode mode = null;
    try {
      mode = RoundMode.valueOf(request.mode() == null ? "" : request.mode().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("mode", "must be OPEN or INVITATION");
    }
    int cell = request.minimumCellSize() == null ? SurveyRound.DEFAULT_CELL : request.minimumCellSize();
    if (cell < SurveyRound.SMALLEST_CELL || cell > 10_000) {
      errors.add("minimumCellSize", "must be at least " + SurveyRound.SMALLEST_CELL
          + ": fewer answers would say more about a person than about an area");
    }
    List<RoundRequest.Area> asked = request.areas() == null ? List.of() : request.areas();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < asked.size(); i++) {
      RoundRequest.Area a = asked.get(i);
      if (a == null || a.code() == null || !SurveyTemplates.CODE.matcher(a.code()).matches()
          || "ALL".equals(a.code())) {
        errors.add("areas[" + i + "].code", "must be 1–40 letters, digits, '_' or '-', and not ALL");
      } else if (!codes.add(a.code())) {
        errors.add("areas[" + i + "].code", "the code " + a.code() + " is used twice");
      }
      if (a == null || a.name() == null || a.name().isBlank() || a.name().strip().length() > 120) {
        errors.add("areas[" + i + "].name", "must be 1–120 characters");
      }
    }
    errors.throwIfAny();
    List<RoundArea> areas = new ArrayList<>();
    for (RoundRequest.Area a : asked) {
      areas.add(new RoundArea(a.code(), a.name().strip(), surveyArea(by, request.municipalityCode(), a.name())));
    }
    SurveyRound round = new SurveyRound(0, request.templateId(), request.municipalityCode(), request.title().strip(),
        request.opensOn(), request.closesOn(), mode, RoundStatus.DRAFT, cell, example, areas);
    long id = rounds.insert(round);
    SurveyRound created = get(id);
    audit.record("SURVEY_ROUND_CREATED", "SurveyRound", id, null, created);
    return created;
  }

  /** The kommun's SURVEY_AREA place of that name, created when missing. */
  private long surveyArea(Member by, String municipalityCode, String name) {
    for (Place p : places.in(municipalityCode)) {
      if (p.name().equalsIgnoreCase(name.strip())) {
        if (!"SURVEY_AREA".equals(p.kind())) {
          throw new ConflictException("the kommun has a place named " + p.name() + " that is not a survey area",
              p.id());
        }
        return p.id();
      }
    }
    return places.add(by, municipalityCode, name.strip(), "SURVEY_AREA", null, null);
  }

  @Transactional
  public SurveyRound open(Member by, long id) {
    // Locked first: an import of earlier answers may be closing this draft at the same moment.
    jdbc.sql("select id from survey_round where id = ? for update").param(id).query(Long.class).optional();
    SurveyRound before = get(id);
    SurveyPermissions.requireEdit(by, before.municipalityCode());
    SurveyRound after = before.opened();
    rounds.setStatus(id, after.status());
    audit.record("SURVEY_ROUND_OPENED", "SurveyRound", id, before, after);
    events.publishEvent(new PublicContentChanged("survey " + id + " opened"));
    return after;
  }

  /**
   * Closes the round: its figures are computed and kept (its answers never change again), and its invitation codes
   * and retry keys are deleted, as nothing needs them any more.
   */
  @Transactional
  public SurveyRound close(Member by, long id) {
    SurveyRound before = get(id);
    SurveyPermissions.requireEdit(by, before.municipalityCode());
    SurveyRound after = before.closed();
    // Lock the row first: submissions read the status in their own transactions, and the figures must include
    // every answer acknowledged before the close.
    jdbc.sql("select id from survey_round where id = ? for update").param(id).query(Long.class).single();
    return finishClosing(before, after);
  }

  /**
   * Closes a draft whose answers an import has just stored (in the caller's transaction, which holds the round's
   * lock): the figures are computed and kept exactly as a closing does, so the round feeds every page alike.
   */
  SurveyRound closeWithImportedAnswers(long id) {
    SurveyRound before = get(id);
    return finishClosing(before, before.closedByImport());
  }

  private SurveyRound finishClosing(SurveyRound before, SurveyRound after) {
    long id = after.id();
    rounds.setStatus(id, after.status());
    rounds.forgetLinks(id);
    results.store(after);
    audit.record("SURVEY_ROUND_CLOSED", "SurveyRound", id, before, after);
    events.publishEvent(new PublicContentChanged("survey " + id + " closed"));
    return after;
  }

  /** A batch of fresh single-use codes for an invitation round, and the batch's number (for the downloads). */
  @Transactional
  public Invitations invite(Member by, long id, int count) {
    SurveyRound round = get(id);
    SurveyPermissions.requireEdit(by, round.municipalityCode());
    if (count < 1 || count > MAX_CODES_PER_BATCH) {
      throw se.medborgarlofte.shared.InvalidInputException.of("count", "must be 1–" + MAX_CODES_PER_BATCH);
    }
    if (round.mode() != RoundMode.INVITATION) {
      throw new ConflictException("survey " + id + " is an open survey: it has no invitation codes");
    }
    if (round.status() == RoundStatus.CLOSED) {
      throw new ConflictException("survey " + id + " is closed");
    }
    int batch = jdbc.sql("select coalesce(max(batch), 0) + 1 from survey_invitation where round_id = ?").param(id)
        .query(Integer.class).single();
    Set<String> codes = new java.util.LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(newCode());
    }
    String[] all = codes.toArray(String[]::new);
    int inserted = jdbc.sql("""
        insert into survey_invitation (round_id, code, batch) select ?, c, ? from unnest(cast(? as text[])) c
        on conflict do nothing""").params(id, batch, all).update();
    if (inserted != all.length) {
      // 50 random bits per code: a clash is practically impossible, but never hand out a code that was not stored.
      throw new IllegalStateException("an invitation code clashed; generate again");
    }
    audit.record("SURVEY_INVITATIONS_CREATED", "SurveyRound", id, null,
        java.util.Map.of("batch", batch, "count", count));
    return new Invitations(id, batch, List.of(all));
  }

  /** The codes of one batch, for the CSV and the letter sheet; empty once the round has closed. */
  public List<String> batch(Member by, long id, int batch) {
    SurveyRound round = get(id);
    SurveyPermissions.requireEdit(by, round.municipalityCode());
    return jdbc.sql("select code from survey_invitation where round_id = ? and batch = ? order by code")
        .params(id, batch).query(String.class).list();
  }

  /** The batches of codes printed for a round: how many codes each holds and how many were used. */
  public List<Batch> batches(Member by, long id) {
    SurveyRound round = get(id);
    SurveyPermissions.requireEdit(by, round.municipalityCode());
    return jdbc.sql("select batch, count(*) as codes, count(*) filter (where used) as used from survey_invitation "
        + "where round_id = ? group by batch order by batch").param(id).query(Batch.class).list();
  }

  /** Rounds the member may run: the kommuner it edits for, or every kommun's for a national role. */
  public List<SurveyRound> editableBy(Member by) {
    return rounds.all().stream().filter(r -> by.may(SurveyPermissions.EDIT,
        se.medborgarlofte.organisation.Scope.municipality(r.municipalityCode()))).toList();
  }

  public record Batch(int batch, long codes, long used) {}

  private String newCode() {
    StringBuilder b = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  /** Typed codes may carry spaces, dashes and lower case. */
  static String normaliseCode(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  public record Invitations(long surveyId, int batch, List<String> codes) {}
}
