package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.medborgarlofte.promise.PromiseView;

/**
 * The evaluation, per problem category of the promise: the survey part (the share answering "a big problem" before
 * and after, {@link SurveyComparison}, read through survey's API) and the crime part (rates before and after against
 * a comparison area, {@link DiffInDiff}, read through crime statistics' API); and for the promise the delivery part
 * from this module's own data: the share of commitments done (by the latest published report), the share of due
 * follow-ups published on time, and the hours and counts logged.
 */
@Service
public class Evaluations {

  private final PublishedPromises promises;
  private final FollowUps followUps;
  private final Activities activities;
  private final CrimeWindows crime;
  private final SurveyWindows survey;
  private final Decisions decisions;
  private final se.medborgarlofte.crimestats.CrimeStatistics statistics;
  private final se.medborgarlofte.organisation.Municipalities municipalities;

  Evaluations(PublishedPromises promises, FollowUps followUps, Activities activities, CrimeWindows crime, SurveyWindows survey, Decisions decisions,
      se.medborgarlofte.crimestats.CrimeStatistics statistics,
      se.medborgarlofte.organisation.Municipalities municipalities) {
    this.promises = promises;
    this.followUps = followUps;
    this.activities = activities;
    this.crime = crime;
    this.survey = survey;
    this.decisions = decisions;
    this.statistics = statistics;
    this.municipalities = municipalities;
  }

  /** {@code decision}: what was decided on it, once recorded. */
  public record Evaluation(List<Category> categories, List<String> comparison, Delivery delivery,
      Decision decision) {}

  /** A problem category of the promise with its survey and crime parts. */
  public record Category(String category, SurveyComparison survey, DiffInDiff crime) {}

  private List<String> similar(String code, LocalDate first) {
    if (code == null || first == null) {
      return List.of();
    }
    try {
      var similar = statistics.compare(code, "TOTAL", first.getYear() - 1, null, null).similar();
      return similar == null ? List.of()
          : similar.areas().stream().map(se.medborgarlofte.crimestats.Comparison.SimilarArea::code).toList();
    } catch (RuntimeException e) {
      // no figures to choose similar kommuner by: the crime part says it was not computed
      return List.of();
    }
  }

  public record Delivery(int commitmentsDone, int commitmentsTotal, int followUpsOnTime, int followUpsDue,
      BigDecimal hours, Map<String, BigDecimal> counts) {}

  public Evaluation of(UUID promiseId) {
    return of(promiseId, List.of());
  }

  /**
   * The evaluation citizens read, of the published evaluation follow-up {@code evaluation}: as it stood when it was
   * published (kept then), with the decision as recorded since. One published before figures were kept is computed
   * now.
   */
  public Evaluation asPublished(FollowUp evaluation) {
    UUID promiseId = evaluation.promiseId();
    return followUps.frozenEvaluation(evaluation.id()).map(e -> new Evaluation(e.categories(), e.comparison(),
        e.delivery(), decisions.of(promiseId).orElse(null))).orElseGet(() -> of(promiseId));
  }

  /**
   * {@code comparison}: the kommuner to compare with; when empty, the similar kommuner crime statistics names for
   * the promise's first kommun (same county, ±25 % population). The promise's area is its first kommun.
   */
  public Evaluation of(UUID promiseId, List<String> comparison) {
    PromiseView p = promises.require(promiseId);
    for (String code : comparison) {
      if (!municipalities.exists(code)) {
        throw se.medborgarlofte.shared.InvalidInputException.of("comparison", "no kommun " + code);
      }
    }
    LocalDate first = Activities.firstDay(p);
    List<String> against = comparison.isEmpty() ? similar(p.municipalityCode(), first) : comparison;
    List<FollowUp> all = followUps.ofPromise(promiseId);
    LocalDate today = followUps.today();
    int due = (int) all.stream().filter(f -> !f.dueOn().isAfter(today) || f.publishedAt() != null).count();
    int onTime = (int) all.stream().filter(f -> f.publishedAt() != null
        && !f.publishedAt().atZoneSameInstant(FollowUps.SWEDEN).toLocalDate().isAfter(f.dueOn())).count();
    FollowUp latest = all.stream().filter(f -> f.published() != null)
        .max(Comparator.comparing(FollowUp::dueOn)).orElse(null);
    int done = latest == null ? 0 : (int) latest.published().commitments().stream()
        .filter(c -> c.status() == CommitmentStatus.DONE).count();
    ActivitySummary summary = activities.summary(promiseId, null, null, null);
    Map<String, SurveyComparison> surveyed = survey.compare(p.municipalityCode(), first, p.validTo(),
        p.problemCategories());
    List<Category> categories = p.problemCategories().stream().map(c -> {
      List<String> types = crime.typesOf(c);
      DiffInDiff d = p.municipalityCode() == null || first == null ? DiffInDiff.of(null, null, null, null)
          : DiffInDiff.of(crime.rate(p.municipalityCode(), types, first.minusMonths(12)),
              crime.rate(p.municipalityCode(), types, first), crime.meanRate(against, types, first.minusMonths(12)),
              crime.meanRate(against, types, first));
      return new Category(c, surveyed.get(c), d);
    }).toList();
    return new Evaluation(categories, against, new Delivery(done, p.commitments().size(), onTime, due, summary.hours(),
        summary.counts()), decisions.of(promiseId).orElse(null));
  }
}
