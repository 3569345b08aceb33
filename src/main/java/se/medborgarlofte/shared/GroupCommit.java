package se.medborgarlofte.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Group commit: the writes of many callers in one transaction, each caller answered only after that transaction
 * committed. On a database that fsyncs every commit, one commit per request is what limits small writes; here the
 * writes that arrive while a commit is in flight wait for the next one and share it.
 *
 * <p>No artificial delay: a writer takes what is queued the moment it is free (up to {@code maxBatch}), so a lone
 * request is written at once and a burst forms larger batches by itself. Several writers let one batch gather while
 * another one's commit is being flushed.
 *
 * <p>Nothing acknowledged is lost: {@link #submit} returns only after the batch that holds the item was written by
 * {@code batch} (which must commit before it returns). When a batch fails, its items are retried one by one with
 * {@code single}, so one bad item fails only its own caller, with its own exception.
 *
 * @param <T> what a caller writes
 * @param <R> what the caller gets back once it is stored
 */
public final class GroupCommit<T, R> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

  private record Pending<T, R>(T item, CompletableFuture<R> done) {}

  private final LinkedBlockingQueue<Pending<T, R>> queue;
  private final Duration wait;
  private final Function<List<T>, List<R>> batch;
  private final Function<T, R> single;
  private final java.util.function.Predicate<RuntimeException> itemMayBeAtFault;
  private final int maxBatch;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean closed;

  /**
   * @param name     names the writer threads
   * @param writers  how many batches may be in flight at once
   * @param maxBatch the most items in one transaction
   * @param batch    writes the items in one transaction and returns one result per item, in their order
   * @param single   writes one item in a transaction of its own (after its batch failed)
   */
  public GroupCommit(String name, int writers, int maxBatch, Function<List<T>, List<R>> batch,
      Function<T, R> single) {
    this(name, writers, maxBatch, batch, single, e -> true);
  }

  /**
   * @param itemMayBeAtFault whether a batch's failure may come from one of its items, so that writing them one by
   *                         one is worth it; false for a failure of the store itself (the database is down), which
   *                         then fails the whole batch at once instead of waiting for it once per item
   */
  public GroupCommit(String name, int writers, int maxBatch, Function<List<T>, List<R>> batch,
      Function<T, R> single, java.util.function.Predicate<RuntimeException> itemMayBeAtFault) {
    this(name, writers, maxBatch, batch, single, itemMayBeAtFault, Integer.MAX_VALUE, null);
  }

  /**
   * @param queueCapacity the most items waiting for a writer; a caller waits for room at most {@code wait}
   * @param wait          how long a caller waits for room and then for its commit (null: as long as it takes).
   *                      A caller that gives up gets a {@link DataAccessResourceFailureException} (a 503): its item
   *                      was not acknowledged, though it may still be stored, so writes must be safe to retry.
   */
  public GroupCommit(String name, int writers, int maxBatch, Function<List<T>, List<R>> batch,
      Function<T, R> single, java.util.function.Predicate<RuntimeException> itemMayBeAtFault, int queueCapacity,
      Duration wait) {
    if (writers < 1 || maxBatch < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("at least one writer, a batch of one and room for one");
    }
    this.queue = new LinkedBlockingQueue<>(queueCapacity);
    this.wait = wait;
    this.batch = batch;
    this.single = single;
    this.itemMayBeAtFault = itemMayBeAtFault;
    this.maxBatch = maxBatch;
    for (int i = 0; i < writers; i++) {
      Thread t = new Thread(this::run, "group-commit-" + name + "-" + i);
      t.setDaemon(true);
      this.writers.add(t);
      t.start();
    }
  }

  /**
   * Writes the item with whatever else is waiting, and returns its result once the transaction committed. An
   * exception of the write (or of its retry on its own) is thrown here as it was thrown there.
   */
  public R submit(T item) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    CompletableFuture<R> done = new CompletableFuture<>();
    Pending<T, R> pending = new Pending<>(item, done);
    enqueue(pending);
    if (closed && queue.remove(pending)) {
      // closed while adding: the writers may have gone, so the item is not left waiting for them
      throw new IllegalStateException("closed");
    }
    try {
      return wait == null ? done.join() : done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (CompletionException | ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new DataAccessResourceFailureException("not stored within " + wait.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataAccessResourceFailureException("interrupted while waiting for the commit", e);
    }
  }

  private void enqueue(Pending<T, R> pending) {
    try {
      if (wait == null) {
        queue.put(pending);
      } else if (!queue.offer(pending, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new DataAccessResourceFailureException("too many waiting to be stored");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataAccessResourceFailureException("interrupted while waiting to be stored", e);
    }
  }

  private void run() {
    List<Pending<T, R>> taken = new ArrayList<>(maxBatch);
    while (true) {
      try {
        Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closed) {
            return; // drained: nothing queued is left behind
          }
          continue;
        }
        taken.add(first);
        queue.drainTo(taken, maxBatch - 1);
        write(taken);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Throwable t) {
        // Never lose the writer: whatever escaped write() fails the items it held.
        taken.forEach(p -> p.done().completeExceptionally(t));
      } finally {
        taken.clear();
      }
    }
  }

  private void write(List<Pending<T, R>> taken) {
    List<T> items = taken.stream().map(Pending::item).toList();
    List<R> results;
    try {
      results = batch.apply(items);
      if (results.size() != items.size()) {
        throw new IllegalStateException(results.size() + " results for " + items.size() + " items");
      }
    } catch (RuntimeException e) {
      if (taken.size() == 1 || !itemMayBeAtFault.test(e)) {
        taken.forEach(p -> p.done().completeExceptionally(e));
        return;
      }
      log.warn("A batch of {} failed ({}); writing its items one by one", taken.size(), e.toString());
      for (Pending<T, R> p : taken) {
        try {
          p.done().complete(single.apply(p.item()));
        } catch (RuntimeException one) {
          p.done().completeExceptionally(one);
        }
      }
      return;
    }
    for (int i = 0; i < taken.size(); i++) {
      taken.get(i).done().complete(results.get(i));
    }
  }

  /** How many items wait for a writer (for tests and metrics). */
  public int queued() {
    return queue.size();
  }

  /** Refuses new items, writes what is queued, and waits (a while) for the writers to finish. */
  @Override
  public void close() {
    closed = true;
    for (Thread t : writers) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
