package se.medborgarlofte.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes whole responses (a response and its answers) outside the public form: the demo round and imported answers
 * of earlier rounds. The one place besides the form's group commit that knows how answers are laid out in the
 * database, so a change of layout is made here and in {@link Submissions} only. Runs in the caller's transaction.
 */
@Component
class AnswerStore {

  /** One response: its random id, its area (null for none) and its answers as item code → option code. */
  record StoredResponse(UUID id, String areaCode, Map<String, String> answers) {}

  private final JdbcClient jdbc;

  AnswerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores {@code responses} of a round that uses {@code template}; the answers must be valid for it. */
  void insert(long roundId, SurveyTemplate template, List<StoredResponse> responses) {
    for (StoredResponse r : responses) {
      jdbc.sql("insert into survey_response (id, round_id, area_code) values (?, ?, ?)")
          .params(r.id(), roundId, r.areaCode()).update();
      List<String> items = new ArrayList<>();
      List<String> options = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (TemplateItem item : template.items()) {
        String option = r.answers().get(item.code());
        if (option == null) {
          continue;
        }
        items.add(item.code());
        options.add(option);
        values.add(item.options().stream().filter(o -> o.code().equals(option)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(item.code() + ": no option " + option)).value());
      }
      jdbc.sql("""
          insert into survey_answer (response_id, round_id, area_code, item_code, option_code, value)
          select ?, ?, ?, i, o, v from unnest(cast(? as text[]), cast(? as text[]), cast(? as float8[])) as a(i, o, v)""")
          .params(r.id(), roundId, r.areaCode(), items.toArray(String[]::new), options.toArray(String[]::new),
              values.toArray(Double[]::new))
          .update();
    }
  }
}
