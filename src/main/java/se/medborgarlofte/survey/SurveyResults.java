package se.medborgarlofte.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes a round's figures from its answers (one read of the round's responses, counting each item's options per
 * area, and the formulas of {@link Indicators}), keeps them when the round closes, and reads them for the pages and
 * the API.
 */
@Service
public class SurveyResults {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SurveyResults.class);

  private final JdbcClient jdbc;
  private final RoundRepository rounds;
  private final TemplateRepository templates;
  private final JsonMapper json;
  private final com.github.benmanes.caffeine.cache.Cache<Long, RoundResults> kept =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();

  SurveyResults(JdbcClient jdbc, RoundRepository rounds, TemplateRepository templates, JsonMapper json) {
    this.jdbc = jdbc;
    this.rounds = rounds;
    this.templates = templates;
    this.json = json;
  }

  /** The kept figures of a closed round; a round still running shows none (409), so answers are not swayed. */
  public RoundResults of(long surveyId) {
    SurveyRound round = rounds.find(surveyId).orElseThrow(() -> new NotFoundException("no survey " + surveyId));
    return stored(surveyId).orElseThrow(() -> new ConflictException("survey " + surveyId + " is "
        + round.status() + ": its results are published when it closes"));
  }

  /**
   * The kept figures of a closed round. They never change once kept (a round closes once), so each node keeps the
   * latest few it has read in memory: the results page, the kommun section and every trend read them again and
   * again, and a round of 300 areas is megabytes of JSON to parse.
   */
  public Optional<RoundResults> stored(long surveyId) {
    RoundResults cached = kept.getIfPresent(surveyId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<RoundResults> read = jdbc.sql("select results::text from survey_result where round_id = ?")
        .param(surveyId).query(String.class).optional().map(s -> json.readValue(s, RoundResults.class));
    read.ifPresent(r -> kept.put(surveyId, r));
    return read;
  }

  void store(SurveyRound round) {
    long start = System.nanoTime();
    RoundResults results = compute(round);
    // For operators and bench/survey: how long every indicator of the round took, database and formulas together.
    log.info("Figures of survey {} computed in {} ms ({} responses, {} areas)", round.id(),
        (System.nanoTime() - start) / 1_000_000, results.responses(), results.areas().size());
    jdbc.sql("""
        insert into survey_result (round_id, results) values (?, cast(? as jsonb))
        on conflict (round_id) do update set results = excluded.results""")
        .params(round.id(), json.writeValueAsString(results)).update();
    // This node keeps them in memory too, once they are committed (the close's answer and the first page need them).
    if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
          new org.springframework.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCommit() {
              kept.put(round.id(), results);
            }
          });
    }
  }

  RoundResults compute(SurveyRound round) {
    SurveyTemplate template = templates.find(round.templateId()).orElseThrow();
    long t0 = System.nanoTime();
    // One read of the round's responses, counting each item's options per area (AnswerStore has the layout). Read
    // in batches within the closing transaction, so a round of a million responses is never in memory at once.
    int itemCount = template.items().size();
    int width = 1 + template.items().stream().mapToInt(i -> i.options().size()).max().orElse(0);
    Map<String, long[][]> countsByArea = new HashMap<>(); // area ('' for none) -> item -> option number -> count
    Map<String, Long> responsesByArea = new HashMap<>();
    jdbc.sql("select coalesce(area_code, ''), answers from survey_response where round_id = ?").withFetchSize(10_000)
        .param(round.id()).query(rs -> {
          String area = rs.getString(1);
          byte[] answers = rs.getBytes(2);
          long[][] counts = countsByArea.computeIfAbsent(area, a -> new long[itemCount][width]);
          for (int i = 0; i < itemCount; i++) {
            counts[i][AnswerStore.option(answers, i)]++;
          }
          responsesByArea.merge(area, 1L, Long::sum);
        });
    long t1 = System.nanoTime();
    long responses = responsesByArea.values().stream().mapToLong(Long::longValue).sum();
    // area -> item -> option -> count; ALL sums every area, and answers given without an area.
    Map<String, Map<String, Map<String, Long>>> byArea = new LinkedHashMap<>();
    countsByArea.forEach((area, counts) -> {
      for (String into : area.isEmpty() ? List.of(RoundResults.ALL) : List.of(RoundResults.ALL, area)) {
        for (int i = 0; i < itemCount; i++) {
          TemplateItem item = template.items().get(i);
          for (int k = 1; k <= item.options().size(); k++) {
            if (counts[i][k] > 0) {
              byArea.computeIfAbsent(into, a -> new HashMap<>()).computeIfAbsent(item.code(), c -> new HashMap<>())
                  .merge(item.options().get(k - 1).code(), counts[i][k], Long::sum);
            }
          }
        }
      }
    });
    Optional<SurveyRound> previous = previousRound(round);
    Optional<RoundResults> before = previous.flatMap(p -> stored(p.id()));
    List<RoundResults.AreaResults> areas = new ArrayList<>();
    areas.add(area(RoundResults.ALL, null, responses, template, byArea, round, before));
    // Areas are independent of each other: on both cores at once (the order of the list is kept).
    areas.addAll(round.areas().parallelStream().map(a -> area(a.code(), a.name(),
        responsesByArea.getOrDefault(a.code(), 0L), template, byArea, round, before)).toList());
    log.info("Figures of survey {}: database {} ms, formulas {} ms", round.id(), (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000);
    return new RoundResults(round.id(), round.municipalityCode(), round.title(), round.minimumCellSize(), responses,
        previous.map(SurveyRound::id).orElse(null), areas);
  }

  private static RoundResults.AreaResults area(String code, String name, long responses, SurveyTemplate template,
      Map<String, Map<String, Map<String, Long>>> byArea, SurveyRound round, Optional<RoundResults> before) {
    Map<String, Map<String, Long>> items = byArea.getOrDefault(code, Map.of());
    Map<String, Indicator> shown = new LinkedHashMap<>();
    for (TemplateItem item : template.items()) {
      Indicator now = Indicators.of(item, items.getOrDefault(item.code(), Map.of()), round.minimumCellSize());
      Indicator then = before.flatMap(b -> b.area(code)).flatMap(a -> a.item(item.code())).orElse(null);
      if (then != null) {
        now = now.withChange(Indicators.change(now, then, before.get().surveyId()));
      }
      shown.put(item.code(), now);
    }
    Long shownResponses = responses < round.minimumCellSize() ? null : responses;
    return new RoundResults.AreaResults(code, name, shownResponses, Indicators.problemIndex(template.items(), shown),
        List.copyOf(shown.values()));
  }

  /**
   * The kommun's closed round that ended last before this one (by closing date, then by id for rounds closing the
   * same day). Rounds are listed latest first, so the first one earlier than this is it.
   */
  private Optional<SurveyRound> previousRound(SurveyRound round) {
    return rounds.in(round.municipalityCode()).stream()
        .filter(r -> r.status() == RoundStatus.CLOSED && r.id() != round.id()
            && (r.closesOn().isBefore(round.closesOn())
                || (r.closesOn().isEqual(round.closesOn()) && r.id() < round.id())))
        .findFirst();
  }
}
