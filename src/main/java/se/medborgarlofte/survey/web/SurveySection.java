package se.medborgarlofte.survey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;
import se.medborgarlofte.survey.ItemGroup;
import se.medborgarlofte.survey.RoundResults;
import se.medborgarlofte.survey.RoundStatus;
import se.medborgarlofte.survey.SurveyResults;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplates;

/**
 * The survey on the kommun page: a link to every round open now, and the five biggest problems of the latest closed
 * round with their n and interval (suppressed ones marked). Left out for a kommun that has never run one.
 */
@Component
class SurveySection implements PageSection {

  static final int TOP = 5;

  private final SurveyRounds rounds;
  private final SurveyResults results;
  private final SurveyTemplates templates;

  SurveySection(SurveyRounds rounds, SurveyResults results, SurveyTemplates templates) {
    this.rounds = rounds;
    this.results = results;
    this.templates = templates;
  }

  @Override
  public Page page() {
    return Page.MUNICIPALITY;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "survey/section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    List<SurveyRound> all = rounds.in(context.municipalityCode());
    List<SurveyRound> open = all.stream().filter(r -> r.status() == RoundStatus.OPEN).toList();
    Optional<SurveyRound> latest = all.stream().filter(r -> r.status() == RoundStatus.CLOSED).findFirst();
    Optional<RoundResults> kept = latest.flatMap(r -> results.stored(r.id()));
    if (open.isEmpty() && kept.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("open", open);
    model.put("latest", kept.isPresent() ? latest.get() : null);
    if (kept.isPresent()) {
      SurveyRound round = latest.get();
      RoundResults r = kept.get();
      var rows = ResultRows.of(templates.get(round.templateId()), r.area(RoundResults.ALL).orElseThrow(),
          ItemGroup.PROBLEM, context.locale());
      model.put("top", rows.subList(0, Math.min(TOP, rows.size())));
      model.put("responses", r.responses());
      model.put("minimumCellSize", r.minimumCellSize());
      model.put("resultsUrl", "/kommuner/" + round.municipalityCode() + "/trygghetsmatningar/" + round.id());
    }
    return Optional.of(SectionContent.of(model));
  }
}
