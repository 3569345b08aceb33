package se.medborgarlofte.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.followup.FollowUp;
import se.medborgarlofte.followup.FollowUpKind;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.shared.plugin.FeedEntries;

/**
 * Published follow-ups and evaluations in the promise feeds: citizens who follow a kommun's promises hear back
 * (you said, we did) without visiting the page.
 */
@Component
class FollowUpFeedEntries implements FeedEntries {

  /** How far back to look for a kommun's entries among everyone's newest (a feed shows at most 50). */
  private static final int SCAN = 500;

  private final FollowUps followUps;
  private final PromiseManagement promises;
  private final MessageSource messages;

  FollowUpFeedEntries(FollowUps followUps, PromiseManagement promises, MessageSource messages) {
    this.followUps = followUps;
    this.promises = promises;
    this.messages = messages;
  }

  @Override
  public List<Entry> entries(String municipalityCode, int limit, Locale locale) {
    List<Entry> entries = new ArrayList<>();
    for (FollowUp f : followUps.latestPublished(municipalityCode == null ? limit : SCAN)) {
      if (entries.size() >= limit) {
        break;
      }
      Promise p = promises.published(f.promiseId()).orElse(null);
      if (p == null || (municipalityCode != null && !p.shownIn().contains(municipalityCode))) {
        continue;
      }
      String title = p.published().orElseThrow().text().title();
      String kind = messages.getMessage(f.kind() == FollowUpKind.EVALUATION ? "followup.feed.evaluation"
          : "followup.feed.followUp", new Object[] {f.published().to().toString()}, locale);
      entries.add(new Entry("urn:medborgarlofte:" + p.id() + ":follow-up:" + f.id(), kind + ": " + title,
          "/loften/" + p.id(), f.publishedAt(), p.shownIn().isEmpty() ? null : p.shownIn().get(0),
          f.published().summary()));
    }
    return entries;
  }
}
