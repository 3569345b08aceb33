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
 * The evaluation's delivery part, computed from this module's own data: the share of commitments done (by the
 * latest published report), the share of due follow-ups published on time, and the hours and counts logged. The
 * survey part waits for the survey module and the crime part is not built yet; each category says so rather than
 * showing a figure.
 */
@Service
public class Evaluations {

  private final PublishedPromises promises;
  private final FollowUps followUps;
  private final Activities activities;

  Evaluations(PublishedPromises promises, FollowUps followUps, Activities activities) {
    this.promises = promises;
    this.followUps = followUps;
    this.activities = activities;
  }

  public record Evaluation(List<Category> categories, Delivery delivery) {}

  /** A problem category of the promise; {@code survey} and {@code crime} are null while not computed. */
  public record Category(String category, Object survey, Object crime, String note) {}

  public record Delivery(int commitmentsDone, int commitmentsTotal, int followUpsOnTime, int followUpsDue,
      BigDecimal hours, Map<String, BigDecimal> counts) {}

  public Evaluation of(UUID promiseId) {
    PromiseView p = promises.require(promiseId);
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
    List<Category> categories = p.problemCategories().stream().map(c -> new Category(c, null, null,
        "survey: the survey module is not available yet; crime: not computed yet")).toList();
    return new Evaluation(categories, new Delivery(done, p.commitments().size(), onTime, due, summary.hours(),
        summary.counts()));
  }
}
