package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.medborgarlofte.survey.Indicator;
import se.medborgarlofte.survey.RoundResults;
import se.medborgarlofte.survey.RoundStatus;
import se.medborgarlofte.survey.SurveyResults;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.SurveyTemplates;
import se.medborgarlofte.survey.TemplateItem;

/**
 * Chooses the survey rounds an evaluation compares and reads their kept figures through survey's API: the whole
 * kommun's ({@code ALL}) indicators of the items whose category is the problem category. Only closed rounds have
 * figures (a running round shows none, so answers are not swayed).
 */
@Component
class SurveyWindows {

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final SurveyResults results;

  SurveyWindows(SurveyRounds rounds, SurveyTemplates templates, SurveyResults results) {
    this.rounds = rounds;
    this.templates = templates;
    this.results = results;
  }

  /**
   * Per category: the baseline is the round closed last before {@code first}; the outcome is the first round that
   * opened after {@code last}, or else the latest one that closed since {@code first}.
   */
  Map<String, SurveyComparison> compare(String kommun, LocalDate first, LocalDate last, List<String> categories) {
    Map<String, SurveyComparison> byCategory = new LinkedHashMap<>();
    if (kommun == null || first == null) {
      categories.forEach(c -> byCategory.put(c, SurveyComparison.none(null, null, "the promise has no kommun")));
      return byCategory;
    }
    List<SurveyRound> closed = rounds.in(kommun).stream().filter(r -> r.status() == RoundStatus.CLOSED)
        .sorted(Comparator.comparing(SurveyRound::closesOn).thenComparingLong(SurveyRound::id)).toList();
    Optional<SurveyRound> baseline = closed.stream().filter(r -> r.closesOn().isBefore(first))
        .reduce((a, b) -> b);
    Optional<SurveyRound> outcome = closed.stream().filter(r -> last != null && r.opensOn().isAfter(last))
        .findFirst().or(() -> closed.stream().filter(r -> !r.closesOn().isBefore(first)).reduce((a, b) -> b));
    Map<Long, SurveyTemplate> templateOf = new HashMap<>();
    for (String category : categories) {
      SurveyComparison.Share before = baseline.map(r -> share(r, category, templateOf)).orElse(null);
      SurveyComparison.Share after = outcome.map(r -> share(r, category, templateOf)).orElse(null);
      if ((before != null && before.items() == 0) || (after != null && after.items() == 0)) {
        byCategory.put(category, SurveyComparison.none(null, null,
            "no item of the survey asks about this category"));
      } else {
        byCategory.put(category, SurveyComparison.of(before, after));
      }
    }
    return byCategory;
  }

  private SurveyComparison.Share share(SurveyRound round, String category, Map<Long, SurveyTemplate> templateOf) {
    SurveyTemplate template = templateOf.computeIfAbsent(round.templateId(), templates::get);
    List<String> items = template.items().stream()
        .filter(i -> category.equals(i.category()) && i.measured() && !i.topBox().isEmpty())
        .map(TemplateItem::code).toList();
    List<Indicator> indicators = results.stored(round.id()).flatMap(r -> r.area(RoundResults.ALL))
        .map(a -> items.stream().map(code -> a.item(code).orElse(Indicator.suppressed(code))).toList())
        .orElse(items.stream().map(Indicator::suppressed).toList());
    return SurveyComparison.Share.of(round.id(), round.title(), round.closesOn(), indicators);
  }
}
