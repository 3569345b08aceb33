package se.medborgarlofte.survey;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How answers are stored, and the writer of whole responses outside the public form (the demo round, imported
 * answers of earlier rounds); the form's group commit in {@link Submissions} writes the same layout.
 *
 * <p>A response is one row: its random id, round and area, and {@code answers}, one byte per item of the round's
 * (frozen) template. Byte i holds the number (1-based) of the option chosen for item i, or 0 when the item was
 * left unanswered; an item has at most {@link SurveyTemplates#MAX_OPTIONS} options. One row of ~20 bytes in place
 * of twenty answer rows: storing a response costs the database a fraction of what it did, and a round's figures
 * are one read of its responses ({@link SurveyResults}). The view {@code survey_answer} shows them as rows.
 */
@Component
class AnswerStore {

  /** One response: its random id, its area (null for none) and its answers as item code → option code. */
  record StoredResponse(UUID id, String areaCode, Map<String, String> answers) {}

  private final JdbcClient jdbc;

  AnswerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores {@code responses} of a round that uses {@code template}, in one statement, in the caller's transaction.
   *
   * @throws IllegalArgumentException when an answer names an item or option the template does not have
   */
  void insert(long roundId, SurveyTemplate template, List<StoredResponse> responses) {
    UUID[] ids = new UUID[responses.size()];
    String[] areas = new String[responses.size()];
    String[] answers = new String[responses.size()];
    for (int r = 0; r < responses.size(); r++) {
      ids[r] = responses.get(r).id();
      areas[r] = responses.get(r).areaCode();
      answers[r] = HexFormat.of().formatHex(encode(template, responses.get(r).answers()));
    }
    jdbc.sql("""
        insert into survey_response (id, round_id, area_code, answers)
        select id, ?, area, decode(a, 'hex')
        from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[])) as u(id, area, a)""")
        .params(roundId, ids, areas, answers).update();
  }

  /** The stored form of one response's answers (item code → option code). */
  static byte[] encode(SurveyTemplate template, Map<String, String> answers) {
    byte[] coded = new byte[template.items().size()];
    answers.forEach((itemCode, optionCode) -> {
      int i = template.indexOf(itemCode);
      if (i < 0) {
        throw new IllegalArgumentException("no item " + itemCode + " in template " + template.id());
      }
      int option = template.items().get(i).number(optionCode);
      if (option == 0) {
        throw new IllegalArgumentException(itemCode + ": no option " + optionCode);
      }
      coded[i] = (byte) option;
    });
    return coded;
  }

  /** The option number stored for item {@code i}, 0 when unanswered (also past the end of a shorter response). */
  static int option(byte[] answers, int i) {
    return i < answers.length ? answers[i] & 0xff : 0;
  }
}
