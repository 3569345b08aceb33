package se.medborgarlofte.followup;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.NotFoundException;

/** The published version of a promise, read through promise's API: follow-up is only about what was promised. */
@Component
class PublishedPromises {

  private final PromiseManagement promises;
  /**
   * Published promises as the dashboard reads them, for a few seconds: a national dashboard lists hundreds of
   * promises, each a whole aggregate to load. Cleared on this node by every public change (a publication,
   * extension or revision publishes one) and expired after 30 s, so another node's change shows within that.
   * Writes always read the promise afresh ({@link #require}).
   */
  private final com.github.benmanes.caffeine.cache.Cache<UUID, java.util.Optional<PromiseView>> recent =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000)
          .expireAfterWrite(java.time.Duration.ofSeconds(30)).build();

  PublishedPromises(PromiseManagement promises) {
    this.promises = promises;
  }

  java.util.Optional<PromiseView> recent(UUID id) {
    return recent.get(id, this::find);
  }

  @org.springframework.context.event.EventListener
  void on(se.medborgarlofte.shared.plugin.PublicContentChanged changed) {
    recent.invalidateAll();
  }

  PromiseView require(UUID id) {
    return promises.published(id).flatMap(p -> p.published().map(v -> PromiseView.of(p, v, false)))
        .orElseThrow(() -> new NotFoundException("no published promise " + id));
  }

  java.util.Optional<PromiseView> find(UUID id) {
    return promises.published(id).flatMap(p -> p.published().map(v -> PromiseView.of(p, v, false)));
  }

  /** Any promise with this id, published or not: a decision may name the next promise while it is drafted. */
  boolean exists(UUID id) {
    return promises.find(id).isPresent();
  }
}
