package se.medborgarlofte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit without a database: the batch function records what it was given. The first batch is held open
 * (a latch) so that what arrives meanwhile queues up and must be written together in the next one.
 */
class GroupCommitTests {

  final ExecutorService callers = Executors.newFixedThreadPool(8);
  final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
  final List<Integer> singles = Collections.synchronizedList(new ArrayList<>());
  final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);
  final CountDownLatch firstBatchStarted = new CountDownLatch(1);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  /** Doubles each item; 13 is bad (it fails any batch that holds it); the first batch waits for the latch. */
  List<Integer> batch(List<Integer> items) {
    batches.add(List.copyOf(items));
    if (batches.size() == 1) {
      firstBatchStarted.countDown();
      await(firstBatchMayFinish);
    }
    if (items.contains(13)) {
      throw new IllegalArgumentException("13 is bad");
    }
    return items.stream().map(i -> i * 2).toList();
  }

  Integer single(Integer item) {
    singles.add(item);
    if (item == 13) {
      throw new IllegalArgumentException("13 is bad");
    }
    return item * 2;
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Submits 1, waits until its batch is being written, then submits the others while that batch is held. */
  List<Future<Integer>> submitWhileTheFirstBatchIsHeld(GroupCommit<Integer, Integer> commit, List<Integer> later)
      throws InterruptedException {
    List<Future<Integer>> results = new ArrayList<>();
    results.add(callers.submit(() -> commit.submit(1)));
    assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    for (Integer i : later) {
      results.add(callers.submit(() -> commit.submit(i)));
    }
    // Give the callers time to queue before the held batch finishes.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (commitQueueShort(commit, later.size()) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    firstBatchMayFinish.countDown();
    return results;
  }

  boolean commitQueueShort(GroupCommit<Integer, Integer> commit, int expected) {
    return commit.queued() < expected;
  }

  @Test
  void aFullQueueOrACommitThatTakesTooLongIsA503ForTheCallerNotAnEndlessWait() throws Exception {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, this::batch, this::single,
        e -> true, 1, java.time.Duration.ofMillis(300))) {
      Future<Integer> held = callers.submit(() -> commit.submit(1));
      assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Integer> queued = callers.submit(() -> commit.submit(2));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (commit.queued() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThatThrownBy(() -> commit.submit(3))
          .isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class)
          .hasMessageContaining("too many waiting");
      assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(
          org.springframework.dao.DataAccessResourceFailureException.class).hasMessageContaining("not stored within");
      firstBatchMayFinish.countDown();
      // The one that waited in the queue is written once the writer is free (a retry of it would be idempotent).
      assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).hasMessageContaining("not stored within");
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (batches.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(batches).containsExactly(List.of(1), List.of(2));
    }
  }

  @Test
  void whatArrivesWhileACommitIsInFlightIsWrittenTogetherAndEachCallerGetsItsOwnResult() throws Exception {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, this::batch, this::single)) {
      List<Future<Integer>> results = submitWhileTheFirstBatchIsHeld(commit, List.of(2, 3, 4, 5));
      List<Integer> got = new ArrayList<>();
      for (Future<Integer> f : results) {
        got.add(f.get(10, TimeUnit.SECONDS));
      }
      assertThat(got).containsExactly(2, 4, 6, 8, 10);
      assertThat(batches).hasSize(2);
      assertThat(batches.get(0)).containsExactly(1);
      assertThat(batches.get(1)).containsExactlyInAnyOrder(2, 3, 4, 5);
      assertThat(singles).isEmpty();
    }
  }

  @Test
  void aBatchIsNeverLargerThanTheLimit() throws Exception {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 2, this::batch, this::single)) {
      List<Future<Integer>> results = submitWhileTheFirstBatchIsHeld(commit, List.of(2, 3, 4, 5));
      for (Future<Integer> f : results) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(2));
      assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(5);
    }
  }

  @Test
  void aFailedBatchIsRetriedOneByOneSoOnlyTheBadItemFailsWithItsOwnException() throws Exception {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, this::batch, this::single)) {
      List<Future<Integer>> results = submitWhileTheFirstBatchIsHeld(commit, List.of(2, 13, 4));
      assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(4);
      assertThat(results.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(8);
      assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("13 is bad");
      assertThat(singles).containsExactlyInAnyOrder(2, 13, 4);
    }
  }

  @Test
  void aLoneItemIsWrittenAtOnceAndItsFailureReachesItsCaller() {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 2, 100, items -> {
      if (items.contains(13)) {
        throw new IllegalArgumentException("13 is bad");
      }
      return items.stream().map(i -> i * 2).toList();
    }, this::single)) {
      assertThat(commit.submit(21)).isEqualTo(42);
      assertThatThrownBy(() -> commit.submit(13)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("13 is bad");
    }
  }

  @Test
  void closingWritesWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
    GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, this::batch, this::single);
    List<Future<Integer>> results = new ArrayList<>();
    results.add(callers.submit(() -> commit.submit(1)));
    assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    results.add(callers.submit(() -> commit.submit(2)));
    while (commit.queued() < 1) {
      Thread.sleep(5);
    }
    Future<?> closing = callers.submit(commit::close);
    Thread.sleep(50);
    firstBatchMayFinish.countDown();
    closing.get(20, TimeUnit.SECONDS);
    assertThat(results.get(0).get(1, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(results.get(1).get(1, TimeUnit.SECONDS)).as("queued before the close: still written").isEqualTo(4);
    assertThatThrownBy(() -> commit.submit(3)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailureOfTheStoreItselfFailsTheWholeBatchAtOnceWithoutRetryingEachItem() throws Exception {
    try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, items -> {
      List<Integer> result = batch(items);
      if (items.size() > 1) {
        throw new IllegalStateException("the store is down");
      }
      return result;
    }, this::single, e -> !(e instanceof IllegalStateException))) {
      List<Future<Integer>> results = submitWhileTheFirstBatchIsHeld(commit, List.of(2, 3, 4));
      assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(2);
      for (Future<Integer> f : results.subList(1, 4)) {
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasMessageContaining("the store is down");
      }
      assertThat(singles).as("no retry one by one").isEmpty();
    }
  }
}
