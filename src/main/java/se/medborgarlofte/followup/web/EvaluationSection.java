package se.medborgarlofte.followup.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import se.medborgarlofte.followup.Decision;
import se.medborgarlofte.followup.DiffInDiff;
import se.medborgarlofte.followup.Evaluations;
import se.medborgarlofte.followup.FollowUp;
import se.medborgarlofte.followup.FollowUpKind;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.followup.SurveyComparison;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/**
 * “Utvärdering” on the promise page and in its PDF, once the evaluation report is published: per problem category
 * the survey's share before and after (with intervals and the test) and the crime rates against the comparison area
 * (with the difference-in-differences, said to be indicative), each as a table with a chart beside it; the delivery
 * figures; and the decision with its verdicts. The figures are computed from the other modules' data when the page
 * is rendered (the page cache keeps the result until something public changes).
 */
class EvaluationSection implements PageSection {

  private final Page page;
  private final FollowUps followUps;
  private final Evaluations evaluations;
  private final ProblemCategories categories;
  private final Municipalities municipalities;
  private final MessageSource messages;

  EvaluationSection(Page page, FollowUps followUps, Evaluations evaluations, ProblemCategories categories,
      Municipalities municipalities, MessageSource messages) {
    this.page = page;
    this.followUps = followUps;
    this.evaluations = evaluations;
    this.categories = categories;
    this.municipalities = municipalities;
    this.messages = messages;
  }

  record SurveyRow(String baseline, String baselineInterval, String baselineRound, String outcome,
      String outcomeInterval, String outcomeRound, String difference, String pValue, boolean significant,
      String note) {}

  record CrimeRow(String before, String after, String comparisonBefore, String comparisonAfter, String diffInDiff,
      String note) {}

  record CategoryView(String code, String label, SurveyRow survey, String surveyChart, String surveyAlt,
      CrimeRow crime, String crimeChart, String crimeAlt) {}

  record VerdictView(String commitment, String verdict, String note) {}

  @Override
  public Page page() {
    return page;
  }

  @Override
  public int order() {
    return 21;
  }

  @Override
  public String template() {
    return "followup/evaluation";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    Optional<UUID> promise = FollowUpSections.promiseOf(context);
    if (promise.isEmpty()) {
      return Optional.empty();
    }
    UUID promiseId = promise.get();
    Optional<FollowUp> published = followUps.ofPromise(promiseId).stream()
        .filter(f -> f.kind() == FollowUpKind.EVALUATION && f.published() != null).reduce((a, b) -> b);
    if (published.isEmpty()) {
      return Optional.empty();
    }
    Locale locale = context.locale();
    Evaluations.Evaluation e = evaluations.asPublished(published.get());
    List<CategoryView> rows = new ArrayList<>();
    for (Evaluations.Category c : e.categories()) {
      String label = categories.all().stream().filter(x -> x.code().equals(c.category())).findFirst()
          .map(x -> x.label(locale)).orElse(c.category());
      SurveyRow survey = survey(c.survey(), locale);
      CrimeRow crime = crime(c.crime(), locale);
      rows.add(new CategoryView(c.category(), label, survey, surveyChart(c.survey(), locale),
          survey == null ? null : msg("followup.evaluation.surveyAlt", locale, label, survey.baseline(),
              survey.outcome()),
          crime, crimeChart(c.crime(), locale),
          crime == null ? null : msg("followup.evaluation.crimeAlt", locale, label, crime.before(), crime.after(),
              crime.comparisonBefore(), crime.comparisonAfter())));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("publishedOn", published.get().publishedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
        .toLocalDate());
    model.put("categories", rows);
    model.put("comparison", String.join(", ", e.comparison().stream()
        .map(code -> municipalities.find(code).map(MunicipalityView::name).orElse(code)).toList()));
    model.put("delivery", e.delivery());
    model.put("decision", e.decision() == null ? null
        : msg("followup.decision." + e.decision().decision().name(), locale));
    model.put("decisionReason", e.decision() == null ? null : e.decision().reason());
    model.put("verdicts", verdicts(e.decision(), published.get(), locale));
    model.put("pdf", page == Page.PROMISE_DOCUMENT);
    return Optional.of(SectionContent.of(model));
  }

  private List<VerdictView> verdicts(Decision d, FollowUp evaluation, Locale locale) {
    if (d == null) {
      return List.of();
    }
    Map<UUID, String> texts = new LinkedHashMap<>();
    evaluation.published().commitments().forEach(c -> texts.put(c.commitmentId(), c.text()));
    return d.verdicts().stream().map(v -> new VerdictView(texts.getOrDefault(v.commitmentId(), ""),
        msg("followup.verdict." + v.verdict().name(), locale), v.note())).toList();
  }

  private SurveyRow survey(SurveyComparison s, Locale locale) {
    if (s == null || (s.baseline() == null && s.outcome() == null)) {
      return null;
    }
    return new SurveyRow(share(s.baseline(), locale), interval(s.baseline(), locale), round(s.baseline()),
        share(s.outcome(), locale), interval(s.outcome(), locale), round(s.outcome()),
        s.difference() == null ? null : String.format(locale, "%+.1f", s.difference() * 100),
        s.pValue() == null ? null : String.format(locale, "%.3f", s.pValue()),
        Boolean.TRUE.equals(s.significant()), s.note());
  }

  private String share(SurveyComparison.Share s, Locale locale) {
    if (s == null) {
      return null;
    }
    return s.suppressed() ? msg("followup.evaluation.suppressed", locale)
        : String.format(locale, "%.1f %%", s.share() * 100);
  }

  private static String interval(SurveyComparison.Share s, Locale locale) {
    return s == null || s.suppressed() ? null
        : String.format(locale, "%.1f–%.1f", s.ciLow() * 100, s.ciHigh() * 100);
  }

  private static String round(SurveyComparison.Share s) {
    return s == null ? null : s.title() + " (" + s.closesOn() + ")";
  }

  private String surveyChart(SurveyComparison s, Locale locale) {
    if (s == null || s.baseline() == null || s.outcome() == null || s.baseline().suppressed()
        || s.outcome().suppressed()) {
      return null;
    }
    double max = Math.min(1, Math.max(s.baseline().ciHigh(), s.outcome().ciHigh()) * 1.2);
    return BarChart.png(List.of(
        new BarChart.Bar(msg("followup.evaluation.baseline", locale), s.baseline().share(), s.baseline().ciLow(),
            s.baseline().ciHigh(), false),
        new BarChart.Bar(msg("followup.evaluation.outcome", locale), s.outcome().share(), s.outcome().ciLow(),
            s.outcome().ciHigh(), true)), max);
  }

  private CrimeRow crime(DiffInDiff d, Locale locale) {
    if (d == null || (d.before() == null && d.after() == null)) {
      return null;
    }
    return new CrimeRow(num(d.before(), locale), num(d.after(), locale), num(d.comparisonBefore(), locale),
        num(d.comparisonAfter(), locale), d.diffInDiff() == null ? null
            : String.format(locale, "%+.1f", d.diffInDiff()), msg(d.diffInDiff() == null
                ? "followup.evaluation.didMissing" : "followup.evaluation.indicative", locale));
  }

  private String crimeChart(DiffInDiff d, Locale locale) {
    if (d == null || d.before() == null || d.after() == null) {
      return null;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    bars.add(new BarChart.Bar(msg("followup.evaluation.before", locale), d.before().doubleValue(), null, null,
        false));
    bars.add(new BarChart.Bar(msg("followup.evaluation.after", locale), d.after().doubleValue(), null, null, true));
    if (d.comparisonBefore() != null && d.comparisonAfter() != null) {
      bars.add(new BarChart.Bar(msg("followup.evaluation.comparisonBefore", locale),
          d.comparisonBefore().doubleValue(), null, null, false));
      bars.add(new BarChart.Bar(msg("followup.evaluation.comparisonAfter", locale),
          d.comparisonAfter().doubleValue(), null, null, false));
    }
    double max = bars.stream().mapToDouble(BarChart.Bar::value).max().orElse(1) * 1.1;
    return BarChart.png(bars, max);
  }

  private static String num(BigDecimal b, Locale locale) {
    return b == null ? null : String.format(locale, "%.1f", b);
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
