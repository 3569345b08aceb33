package se.medborgarlofte.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.GroupCommit;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Anonymous answers. What is stored is chosen so that no answer can be traced to a person (docs/survey.md):
 * <ul>
 *   <li>the response is a random UUID with its round and area, and its answers; no user, address, agent or time;</li>
 *   <li>an invitation code is only marked used, in a table that has no reference to the response;</li>
 *   <li>the client's submissionId is kept only as a hash, in a table without a reference to the response, and the
 *       receipt names no response, so holding the submissionId leads to nothing;</li>
 *   <li>no audit entry, no event, no session.</li>
 * </ul>
 * The answer is acknowledged after the transaction commits, on a database with {@code synchronous_commit} on.
 */
@Service
public class Submissions {

  static final Pattern SUBMISSION_ID = Pattern.compile("^[A-Za-z0-9_-]{8,64}$");

  private final RoundRepository rounds;
  private final SurveyTemplates templates;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate tx;
  /** Open rounds and their (frozen) templates, read once per node: they no longer change once a round is open. */
  private final Map<Long, Sheet> sheets = new ConcurrentHashMap<>();

  private record Sheet(SurveyRound round, SurveyTemplate template) {}

  /**
   * Open-link answers are written in groups: the answers that arrive while one commit is being flushed share the
   * next one (docs/survey.md, "Durability"). Two writers, so one group gathers while the other one commits.
   */
  private final GroupCommit<OpenAnswer, Outcome> writer;

  Submissions(RoundRepository rounds, SurveyTemplates templates, JdbcClient jdbc, TransactionTemplate tx) {
    this.tx = tx;
    this.rounds = rounds;
    this.templates = templates;
    this.jdbc = jdbc;
    this.clock = Clock.systemDefaultZone();
    // A database that cannot be reached fails the group at once (503 for each): retrying its answers one by one would
    // wait for a connection once per answer.
    this.writer = new GroupCommit<>("survey", 2, 200, this::storeInOneStatement,
        a -> storeInOneStatement(List.of(a)).get(0),
        e -> !(e instanceof org.springframework.dao.DataAccessResourceFailureException));
  }

  @PreDestroy
  void stop() {
    writer.close();
  }

  /** Not one transaction around everything: validation reads first, then the write is one transaction. */
  public SubmissionReceipt submit(long surveyId, SubmissionRequest request) {
    Sheet sheet = sheet(surveyId);
    SurveyRound round = sheet.round();
    FieldErrors errors = new FieldErrors();
    if (request.submissionId() == null || !SUBMISSION_ID.matcher(request.submissionId()).matches()) {
      errors.add("submissionId", "must be 8–64 letters, digits, '-' or '_' (a fresh UUID per answer)");
    }
    if (round.mode() == RoundMode.INVITATION && blank(request.invitationCode())) {
      errors.add("invitationCode", "this survey is answered with the code from the letter");
    }
    String area = blank(request.area()) ? null : request.area().strip();
    if (area != null && round.area(area).isEmpty()) {
      errors.add("area", "no area " + area + " in this survey");
    }
    SurveyTemplate template = sheet.template();
    byte[] coded = new byte[template.items().size()]; // see AnswerStore for the layout
    int answered = 0;
    Map<String, String> answers = request.answers() == null ? Map.of() : request.answers();
    for (Map.Entry<String, String> a : answers.entrySet()) {
      if (blank(a.getValue())) {
        continue; // an item left unanswered
      }
      int i = template.indexOf(a.getKey());
      if (i < 0) {
        errors.add("answers." + a.getKey(), "no item " + a.getKey() + " in this survey");
        continue;
      }
      int option = template.items().get(i).number(a.getValue().strip());
      if (option == 0) {
        errors.add("answers." + a.getKey(), "no option " + a.getValue().strip() + " for item " + a.getKey());
        continue;
      }
      coded[i] = (byte) option;
      answered++;
    }
    if (answered == 0 && errors.isEmpty()) {
      errors.add("answers", "answer at least one question");
    }
    if (!errors.isEmpty()) {
      // A closed round is the first thing to say, whatever else is wrong with the answer.
      rounds.find(surveyId).orElseThrow().requireAnswerable(LocalDate.now(clock));
      errors.throwIfAny();
    }

    UUID id = UUID.randomUUID();
    byte[] key = keyHash(surveyId, request.submissionId());
    Outcome outcome = round.mode() == RoundMode.OPEN
        ? writer.submit(new OpenAnswer(surveyId, key, id, area, coded))
        : tx.execute(s -> storeWithCode(surveyId, key, SurveyRounds.normaliseCode(request.invitationCode()), id, area,
            coded));
    if (!outcome.open()) {
      sheets.remove(surveyId);
      rounds.find(surveyId).orElseThrow().requireAnswerable(LocalDate.now(clock));
      throw new ConflictException("survey " + surveyId + " is not open");
    }
    return new SubmissionReceipt(surveyId, true, outcome.fresh());
  }

  record Outcome(boolean open, boolean fresh) {}

  /** One open-link answer, checked and ready to store. */
  record OpenAnswer(long surveyId, byte[] key, UUID id, String area, byte[] answers) {}

  /**
   * Open-link answers in one statement, so in one round trip and one transaction (autocommit): the rounds' lock
   * and status check, the retry keys, and the responses with their answers. The round rows are locked for key share, as
   * the foreign keys would lock them anyway: a close (FOR UPDATE) waits for submissions in flight, and a submission
   * after a close finds the round CLOSED, so the figures kept at closing hold every acknowledged answer. A key seen
   * before inserts nothing, and then neither its response nor its answers are inserted. A key repeated within the
   * group is written once; the repeats get the answer of a retry (nothing new stored).
   *
   * @return one outcome per answer, in their order
   */
  List<Outcome> storeInOneStatement(List<OpenAnswer> group) {
    Map<String, Integer> firstOfKey = new java.util.HashMap<>();
    List<OpenAnswer> distinct = new ArrayList<>();
    int[] writtenAs = new int[group.size()];
    for (int g = 0; g < group.size(); g++) {
      OpenAnswer a = group.get(g);
      String k = a.surveyId() + ":" + java.util.HexFormat.of().formatHex(a.key());
      Integer first = firstOfKey.putIfAbsent(k, distinct.size());
      if (first == null) {
        writtenAs[g] = distinct.size();
        distinct.add(a);
      } else {
        writtenAs[g] = -1 - first; // a repeat of an earlier answer in this group
      }
    }
    int size = distinct.size();
    Long[] roundIds = new Long[size];
    String[] keys = new String[size];
    UUID[] ids = new UUID[size];
    String[] areas = new String[size];
    String[] answers = new String[size];
    for (int d = 0; d < size; d++) {
      OpenAnswer a = distinct.get(d);
      roundIds[d] = a.surveyId();
      keys[d] = java.util.HexFormat.of().formatHex(a.key());
      ids[d] = a.id();
      areas[d] = a.area();
      answers[d] = java.util.HexFormat.of().formatHex(a.answers());
    }
    Outcome[] outcomes = new Outcome[size];
    jdbc.sql("""
        with input as (
          select * from unnest(cast(:rounds as bigint[]), cast(:keys as text[]), cast(:ids as uuid[]),
                               cast(:areas as text[]), cast(:answers as text[]))
                        with ordinality as u(round_id, key, id, area, answers, ord)),
        open_round as (
          select id from survey_round
          where id = any(cast(:distinctRounds as bigint[])) and status = 'OPEN'
            and cast(:today as date) between opens_on and closes_on
          for key share),
        fresh as (
          insert into survey_submission (round_id, key_hash)
          select i.round_id, decode(i.key, 'hex') from input i join open_round o on o.id = i.round_id
          on conflict do nothing returning round_id, key_hash),
        fresh_input as (
          select i.* from input i join fresh f on f.round_id = i.round_id and f.key_hash = decode(i.key, 'hex')),
        response as (
          insert into survey_response (id, round_id, area_code, answers)
          select id, round_id, area, decode(answers, 'hex') from fresh_input)
        select i.ord,
               exists (select 1 from open_round o where o.id = i.round_id) as open,
               exists (select 1 from fresh_input f where f.ord = i.ord) as fresh
        from input i""")
        .param("rounds", roundIds).param("keys", keys).param("ids", ids).param("areas", areas)
        .param("distinctRounds", java.util.Arrays.stream(roundIds).distinct().toArray(Long[]::new))
        .param("today", LocalDate.now(clock)).param("answers", answers)
        .query((rs, n) -> outcomes[rs.getInt("ord") - 1] = new Outcome(rs.getBoolean("open"), rs.getBoolean("fresh")))
        .list();
    List<Outcome> result = new ArrayList<>(group.size());
    for (int g = 0; g < group.size(); g++) {
      Outcome o = outcomes[writtenAs[g] >= 0 ? writtenAs[g] : -1 - writtenAs[g]];
      if (o == null) {
        throw new IllegalStateException("no outcome for answer " + g);
      }
      result.add(writtenAs[g] >= 0 ? o : new Outcome(o.open(), false));
    }
    return result;
  }

  /** An invitation answer: the code is marked used in the same transaction, or nothing is stored. */
  private Outcome storeWithCode(long surveyId, byte[] key, String code, UUID id, String area, byte[] answers) {
    boolean open = jdbc.sql("""
        select 1 from survey_round where id = ? and status = 'OPEN' and ? between opens_on and closes_on
        for key share""").params(surveyId, LocalDate.now(clock)).query(Integer.class).optional().isPresent();
    if (!open) {
      return new Outcome(false, false);
    }
    int fresh = jdbc.sql("insert into survey_submission (round_id, key_hash) values (?, ?) on conflict do nothing")
        .params(surveyId, key).update();
    if (fresh == 0) {
      return new Outcome(true, false);
    }
    useCode(surveyId, code);
    jdbc.sql("insert into survey_response (id, round_id, area_code, answers) values (?, ?, ?, ?)")
        .params(id, surveyId, area, answers).update();
    return new Outcome(true, true);
  }

  private void useCode(long surveyId, String code) {
    int used = jdbc.sql("update survey_invitation set used = true where round_id = ? and code = ? and not used")
        .params(surveyId, code).update();
    if (used == 1) {
      return;
    }
    boolean known = jdbc.sql("select 1 from survey_invitation where round_id = ? and code = ?")
        .params(surveyId, code).query(Integer.class).optional().isPresent();
    if (known) {
      throw new ConflictException("this invitation code has been used already");
    }
    throw InvalidInputException.of("invitationCode", "no such invitation code for this survey");
  }

  private Sheet sheet(long surveyId) {
    Sheet cached = sheets.get(surveyId);
    if (cached != null) {
      return cached;
    }
    SurveyRound round = rounds.find(surveyId).orElseThrow(() -> new NotFoundException("no survey " + surveyId));
    Sheet sheet = new Sheet(round, templates.get(round.templateId()));
    if (round.status() == RoundStatus.OPEN) {
      sheets.put(surveyId, sheet);
    }
    return sheet;
  }

  /**
   * The stored form of a submissionId: SHA-256 of the round and the id. Only the client knows the id, and the hash
   * sits in a table that refers to no response, so even the client cannot use it to find its answer.
   */
  static byte[] keyHash(long surveyId, String submissionId) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((surveyId + ":" + submissionId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
