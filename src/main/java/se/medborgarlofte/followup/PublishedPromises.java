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

  PublishedPromises(PromiseManagement promises) {
    this.promises = promises;
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
