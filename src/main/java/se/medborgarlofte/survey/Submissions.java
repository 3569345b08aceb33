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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
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
  /** Open rounds and their (frozen) templates, read once per node: they no longer change once a round is open. */
  private final Map<Long, Sheet> sheets = new ConcurrentHashMap<>();

  private record Sheet(SurveyRound round, SurveyTemplate template) {}

  Submissions(RoundRepository rounds, SurveyTemplates templates, JdbcClient jdbc) {
    this.rounds = rounds;
    this.templates = templates;
    this.jdbc = jdbc;
    this.clock = Clock.systemDefaultZone();
  }

  @Transactional
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
    List<String> items = new ArrayList<>();
    List<String> options = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Map<String, String> answers = request.answers() == null ? Map.of() : request.answers();
    for (Map.Entry<String, String> a : answers.entrySet()) {
      if (blank(a.getValue())) {
        continue; // an item left unanswered
      }
      var item = sheet.template().item(a.getKey());
      if (item.isEmpty()) {
        errors.add("answers." + a.getKey(), "no item " + a.getKey() + " in this survey");
        continue;
      }
      var option = item.get().option(a.getValue().strip());
      if (option.isEmpty()) {
        errors.add("answers." + a.getKey(), "no option " + a.getValue().strip() + " for item " + a.getKey());
        continue;
      }
      items.add(item.get().code());
      options.add(option.get().code());
      values.add(option.get().value());
    }
    if (items.isEmpty() && errors.isEmpty()) {
      errors.add("answers", "answer at least one question");
    }
    if (!errors.isEmpty()) {
      // A closed round is the first thing to say, whatever else is wrong with the answer.
      rounds.find(surveyId).orElseThrow().requireAnswerable(LocalDate.now(clock));
      errors.throwIfAny();
    }

    // The round row is locked for key share, as the foreign keys would lock it anyway: a close (FOR UPDATE) waits
    // for submissions in flight, and a submission after a close sees CLOSED, so the figures kept at closing hold
    // every acknowledged answer.
    boolean open = jdbc.sql("""
        select 1 from survey_round where id = ? and status = 'OPEN' and ? between opens_on and closes_on
        for key share""").params(surveyId, LocalDate.now(clock)).query(Integer.class).optional().isPresent();
    if (!open) {
      sheets.remove(surveyId);
      rounds.find(surveyId).orElseThrow().requireAnswerable(LocalDate.now(clock));
      throw new ConflictException("survey " + surveyId + " is not open");
    }
    int fresh = jdbc.sql("insert into survey_submission (round_id, key_hash) values (?, ?) on conflict do nothing")
        .params(surveyId, keyHash(surveyId, request.submissionId())).update();
    if (fresh == 0) {
      return new SubmissionReceipt(surveyId, true, false);
    }
    if (round.mode() == RoundMode.INVITATION) {
      useCode(surveyId, SurveyRounds.normaliseCode(request.invitationCode()));
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into survey_response (id, round_id, area_code) values (?, ?, ?)").params(id, surveyId, area)
        .update();
    jdbc.sql("""
        insert into survey_answer (response_id, round_id, area_code, item_code, option_code, value)
        select ?, ?, ?, i, o, v from unnest(cast(? as text[]), cast(? as text[]), cast(? as float8[])) as a(i, o, v)""")
        .params(id, surveyId, area, items.toArray(String[]::new), options.toArray(String[]::new),
            values.toArray(Double[]::new))
        .update();
    return new SubmissionReceipt(surveyId, true, true);
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
