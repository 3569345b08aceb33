package se.medborgarlofte.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicPage;
import se.medborgarlofte.survey.ItemGroup;
import se.medborgarlofte.survey.RoundResults;
import se.medborgarlofte.survey.RoundStatus;
import se.medborgarlofte.survey.SurveyResults;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.SurveyTemplates;
import se.medborgarlofte.survey.SurveyTrends;
import se.medborgarlofte.survey.TemplateItem;

/**
 * The results of a closed round, per kommun: ranked problems with the change since the last round, the other
 * questions, each area, and the trend of every problem across rounds and imported years. Read from the figures kept
 * at closing, and cached as a public page. Also as CSV.
 */
@Controller
class SurveyResultsPage {

  private final SurveyRounds rounds;
  private final SurveyResults results;
  private final SurveyTemplates templates;
  private final SurveyTrends trends;
  private final Municipalities municipalities;
  private final MessageSource messages;

  SurveyResultsPage(SurveyRounds rounds, SurveyResults results, SurveyTemplates templates, SurveyTrends trends,
      Municipalities municipalities, MessageSource messages) {
    this.rounds = rounds;
    this.results = results;
    this.templates = templates;
    this.trends = trends;
    this.municipalities = municipalities;
    this.messages = messages;
  }

  record AreaView(String code, String name, String responses, String problemIndex, List<ResultRows.Row> problems) {}

  record TrendView(String itemCode, String text, List<SurveyTrends.Point> points, List<String> shares) {}

  /** The most areas whose tables the results page shows itself; beyond it each area has a page of its own. */
  static final int AREA_TABLES_ON_PAGE = 20;

  /** One area of a closed round: its problems, with n, share and interval, as on the results page. */
  @PublicPage
  @GetMapping("/kommuner/{code}/trygghetsmatningar/{id}/omraden/{area}")
  String area(@PathVariable String code, @PathVariable long id, @PathVariable String area, Model model,
      Locale locale) {
    SurveyRound round = round(code, id);
    RoundResults r = results.stored(id).orElseThrow(() -> new NotFoundException("survey " + id
        + " has no published results yet"));
    RoundResults.AreaResults a = round.area(area).flatMap(x -> r.area(x.code()))
        .orElseThrow(() -> new NotFoundException("no area " + area + " in survey " + id));
    SurveyTemplate template = templates.get(round.templateId());
    model.addAttribute("round", round);
    model.addAttribute("municipality", municipalities.find(code).orElseThrow());
    model.addAttribute("results", r);
    model.addAttribute("area", new AreaView(a.area(), a.name(), a.responses() == null ? null
        : String.valueOf(a.responses()), a.problemIndex() == null ? null : ResultRows.decimal(a.problemIndex(), 1,
        locale), ResultRows.of(template, a, ItemGroup.PROBLEM, locale)));
    model.addAttribute("resultsUrl", "/kommuner/" + code + "/trygghetsmatningar/" + id);
    return "survey/area";
  }

  @PublicPage
  @GetMapping("/kommuner/{code}/trygghetsmatningar/{id}")
  String page(@PathVariable String code, @PathVariable long id, Model model, Locale locale) {
    SurveyRound round = round(code, id);
    model.addAttribute("round", round);
    model.addAttribute("municipality", municipalities.find(code).orElseThrow());
    var kept = results.stored(id);
    model.addAttribute("published", kept.isPresent());
    if (kept.isEmpty()) {
      return "survey/results";
    }
    RoundResults r = kept.get();
    SurveyTemplate template = templates.get(round.templateId());
    RoundResults.AreaResults all = r.area(RoundResults.ALL).orElseThrow();
    List<ResultRows.Row> problems = ResultRows.of(template, all, ItemGroup.PROBLEM, locale);
    model.addAttribute("results", r);
    model.addAttribute("problems", problems);
    model.addAttribute("chartHeight", Math.max(1, problems.size()) * (ResultRows.BAR_HEIGHT + ResultRows.BAR_GAP));
    model.addAttribute("chartDescription", ResultRows.describe(problems,
        messages.getMessage("survey.results.tooFew", null, locale)));
    Map<String, List<ResultRows.Row>> others = new LinkedHashMap<>();
    for (ItemGroup g : List.of(ItemGroup.SAFETY, ItemGroup.VICTIM, ItemGroup.TRUST)) {
      List<ResultRows.Row> rows = ResultRows.of(template, all, g, locale);
      if (!rows.isEmpty()) {
        others.put(g.name(), rows);
      }
    }
    model.addAttribute("others", others);
    List<AreaView> areas = new ArrayList<>();
    for (RoundResults.AreaResults a : r.areas()) {
      areas.add(new AreaView(a.area(), a.name(), a.responses() == null ? null : String.valueOf(a.responses()),
          a.problemIndex() == null ? null : ResultRows.decimal(a.problemIndex(), 1, locale),
          ResultRows.of(template, a, ItemGroup.PROBLEM, locale)));
    }
    model.addAttribute("areas", areas);
    // A round of many areas would make one page of hundreds of tables (megabytes, for every visitor): then each
    // area's table is a page of its own, linked from the overview.
    model.addAttribute("areaPages", r.areas().size() - 1 > AREA_TABLES_ON_PAGE);
    model.addAttribute("areaUrl", "/kommuner/" + code + "/trygghetsmatningar/" + id + "/omraden/");
    List<TrendView> trendViews = new ArrayList<>();
    for (TemplateItem item : template.items()) {
      if (item.group() != ItemGroup.PROBLEM) {
        continue;
      }
      SurveyTrends.Trend t = trends.of(code, item.code());
      if (t.points().size() > 1) {
        trendViews.add(new TrendView(item.code(), item.text(locale), t.points(), t.points().stream()
            .map(p -> p.topBoxShare() == null ? null : ResultRows.percent(p.topBoxShare(), locale)).toList()));
      }
    }
    model.addAttribute("trends", trendViews);
    model.addAttribute("csvUrl", "/kommuner/" + code + "/trygghetsmatningar/" + id + ".csv");
    return "survey/results";
  }

  /**
   * The figures as a file a spreadsheet opens as it is: UTF-8 with a byte-order mark, ';', a decimal comma, and
   * {@code ..} in every figure of a suppressed cell, as BRÅ marks what it does not show.
   */
  @GetMapping("/kommuner/{code}/trygghetsmatningar/{id}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable long id) {
    SurveyRound round = round(code, id);
    RoundResults r = results.stored(id).orElseThrow(() -> new NotFoundException("survey " + id
        + " has no published results yet"));
    SurveyTemplate template = templates.get(round.templateId());
    Locale sv = Locale.forLanguageTag("sv");
    StringBuilder csv = new StringBuilder("\uFEFF")
        .append("area;item;group;n;mean;mean_ci_low;mean_ci_high;top_box_share;top_box_ci_low;top_box_ci_high;"
            + "change_points;p_value;suppressed\r\n");
    for (RoundResults.AreaResults a : r.areas()) {
      for (TemplateItem item : template.items()) {
        var i = a.item(item.code()).orElse(null);
        if (i == null) {
          continue;
        }
        csv.append(a.area()).append(';').append(item.code()).append(';').append(item.group()).append(';');
        if (i.suppressed()) {
          csv.append("..;..;..;..;..;..;..;..;..;ja\r\n");
          continue;
        }
        csv.append(i.n()).append(';').append(num(i.mean(), 4, sv)).append(';').append(num(i.meanCiLow(), 4, sv))
            .append(';').append(num(i.meanCiHigh(), 4, sv)).append(';').append(num(i.topBoxShare(), 4, sv))
            .append(';').append(num(i.topBoxCiLow(), 4, sv)).append(';').append(num(i.topBoxCiHigh(), 4, sv))
            .append(';').append(i.change() == null ? ".." : num(i.change().difference() * 100, 1, sv)).append(';')
            .append(i.change() == null ? ".." : num(i.change().pValue(), 4, sv)).append(";nej\r\n");
      }
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("trygghetsmatning-" + code + "-" + id + ".csv").build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String num(Double v, int digits, Locale locale) {
    return v == null ? ".." : ResultRows.decimal(v, digits, locale);
  }

  private SurveyRound round(String code, long id) {
    SurveyRound round = rounds.get(id);
    if (!round.municipalityCode().equals(code) || round.status() == RoundStatus.DRAFT) {
      throw new NotFoundException("no survey " + id + " in kommun " + code);
    }
    return round;
  }
}
