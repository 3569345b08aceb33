package se.medborgarlofte.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.organisation.DemoUsers;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Demo survey data for Båstad (1278), marked as examples everywhere: a closed round of 420 invented respondents in
 * two areas (Torekov's 130 respondents leave some cells below 30, so suppression shows), and the published results
 * of 2024 and 2025 as if imported from the contractor's reports. The answers are drawn from a seeded generator, so
 * every start makes the same figures; a second start finds the round and does nothing.
 */
@Component
@DemoData
class SurveyDemo implements DemoLoader {

  static final String TITLE = "Trygghetsmätning 2026 (exempel)";
  static final int RESPONDENTS = 420;

  static final String EARLIER_YEARS = """
      year;area;item;published_index;published_share;n
      2024;ALL;P_LITTERING;2,10;0,38;388
      2024;ALL;P_SPEEDING;2,85;0,55;390
      2024;ALL;P_DRUGS_OPEN;1,40;0,14;371
      2024;ALL;P_BURGLARY;1,95;0,31;380
      2025;ALL;P_LITTERING;2,05;0,36;402
      2025;ALL;P_SPEEDING;2,90;0,57;405
      2025;ALL;P_DRUGS_OPEN;1,55;0,17;396
      2025;ALL;P_BURGLARY;1,80;0,27;399
      """;

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final PublishedResultsImport importer;
  private final DemoUsers users;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final AnswerStore answerStore;

  SurveyDemo(SurveyRounds rounds, SurveyTemplates templates, PublishedResultsImport importer, DemoUsers users,
      JdbcClient jdbc, TransactionTemplate tx, AnswerStore answerStore) {
    this.rounds = rounds;
    this.templates = templates;
    this.importer = importer;
    this.users = users;
    this.jdbc = jdbc;
    this.tx = tx;
    this.answerStore = answerStore;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void load() {
    boolean loaded = jdbc.sql("select count(*) from survey_round where municipality_code = '1278' and example")
        .query(Integer.class).single() > 0;
    if (loaded) {
      return;
    }
    tx.executeWithoutResult(s -> {
      importer.importExamples("1278", "demo-trygghetsmatning-2024-2025.csv",
          EARLIER_YEARS.getBytes(StandardCharsets.UTF_8));
      Member coordinator = users.get(DemoUsers.COORDINATOR_BASTAD);
      SurveyTemplate template = templates.standard();
      SurveyRound round = rounds.create(coordinator, new RoundRequest(template.id(), "1278", TITLE,
          LocalDate.of(2026, 8, 17), LocalDate.of(2026, 10, 4), "OPEN",
          List.of(new RoundRequest.Area("BASTAD", "Båstad tätort"), new RoundRequest.Area("TOREKOV", "Torekov")),
          null), true);
      rounds.open(coordinator, round.id());
      answer(round.id(), template);
      rounds.close(coordinator, round.id());
    });
  }

  /**
   * Invented respondents. Each answers every item with probability 0.85 (fraud only 0.15, so Torekov falls below 30
   * there); problem answers lean towards "small problem", speeding and littering towards "big".
   */
  private void answer(long roundId, SurveyTemplate template) {
    Random random = new Random(2026);
    List<AnswerStore.StoredResponse> responses = new ArrayList<>();
    for (int r = 0; r < RESPONDENTS; r++) {
      String area = r < 280 ? "BASTAD" : r < 410 ? "TOREKOV" : null;
      UUID id = new UUID(random.nextLong(), random.nextLong());
      Map<String, String> answers = new LinkedHashMap<>();
      for (TemplateItem item : template.items()) {
        double answered = item.code().equals("P_FRAUD") ? 0.15 : 0.85;
        if (random.nextDouble() > answered) {
          continue;
        }
        int lean = item.code().equals("P_SPEEDING") || item.code().equals("P_LITTERING") ? 2 : 0;
        int k = Math.min(item.options().size() - 1, random.nextInt(item.options().size()) / 2 + random.nextInt(
            Math.max(1, item.options().size() / 2)) + (random.nextInt(3) == 0 ? lean : 0));
        answers.put(item.code(), item.options().get(k).code());
      }
      responses.add(new AnswerStore.StoredResponse(id, area, answers));
    }
    answerStore.insert(roundId, template, responses);
  }
}
