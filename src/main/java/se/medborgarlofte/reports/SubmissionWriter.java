package se.medborgarlofte.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.shared.AuditTrail;

/**
 * Stores accepted place reports by group commit: submissions that arrive while a commit is under way wait in a queue
 * and the next commit takes them all (up to {@code batch}) in one transaction, so a burst of anonymous reports needs
 * one or two database connections and one fsync per group instead of one connection and one fsync each. A request is
 * answered only after the commit that holds its report, so nothing acknowledged is lost; if the group's transaction
 * fails, each report of it is tried alone, so one bad report fails only its own request.
 *
 * <p>Called inside a transaction (the demo loader, tests), a report is stored in that transaction instead, so it
 * commits or rolls back with its caller. {@code medborgarlofte.reports.submit-writers=0} stores every report in its
 * own transaction on the request's thread.
 */
@Component
class SubmissionWriter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

  /** A validated report, ready to store, with the submitter's security context for the audit entry's actor. */
  record Accepted(NewPlaceReport report, String description, Double latitude, Double longitude, boolean example,
      String email, OffsetDateTime deleteAfter, Map<String, Object> auditView, SecurityContext submitter) {}

  private record Pending(Accepted accepted, CompletableFuture<Long> stored) {}

  private final PlaceReportRepository repository;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final int writers;
  private final int batch;
  private final long waitSeconds;
  private final LinkedBlockingQueue<Pending> queue;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  SubmissionWriter(PlaceReportRepository repository, AuditTrail audit, PlatformTransactionManager transactions,
      @Value("${medborgarlofte.reports.submit-writers:2}") int writers,
      @Value("${medborgarlofte.reports.submit-batch:100}") int batch,
      @Value("${medborgarlofte.reports.submit-queue:10000}") int queueSize,
      @Value("${medborgarlofte.reports.submit-wait-seconds:20}") long waitSeconds) {
    this.repository = repository;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactions);
    this.writers = writers;
    this.batch = Math.max(1, batch);
    this.waitSeconds = waitSeconds;
    this.queue = new LinkedBlockingQueue<>(Math.max(1, queueSize));
  }

  /** Stores the report and answers its id once it is committed. */
  long store(Accepted a) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return write(a);
    }
    if (writers <= 0 || !running) {
      return transactions.execute(status -> write(a));
    }
    Pending pending = new Pending(a, new CompletableFuture<>());
    try {
      if (!queue.offer(pending, waitSeconds, TimeUnit.SECONDS)) {
        throw new DataAccessResourceFailureException("too many reports waiting to be stored");
      }
      return pending.stored().get(waitSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataAccessResourceFailureException("interrupted while the report was stored", e);
    } catch (TimeoutException e) {
      // Not acknowledged: the report may still be stored, but no one was told it was.
      throw new DataAccessResourceFailureException("the report was not stored within " + waitSeconds + " s", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private long write(Accepted a) {
    NewPlaceReport r = a.report();
    long id = repository.insert(r, a.description(), a.latitude(), a.longitude(), a.example());
    if (a.email() != null) {
      repository.insertFeedbackAddress(id, a.email(), a.deleteAfter());
    }
    audit.record("PLACE_REPORT_SUBMITTED", "PlaceReport", id, null, a.auditView());
    return id;
  }

  /** On a writer's thread: the audit entry names the submitter, as it would on the request's thread. */
  private long writeAs(Accepted a) {
    SecurityContext before = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(a.submitter());
    try {
      return write(a);
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }

  private void run() {
    List<Pending> group = new ArrayList<>(batch);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, batch - 1);
        commit(group);
      } catch (InterruptedException e) {
        if (!running && queue.isEmpty()) {
          return;
        }
      } finally {
        group.clear();
      }
    }
  }

  private void commit(List<Pending> group) {
    try {
      List<Long> ids = transactions.execute(status -> group.stream().map(p -> writeAs(p.accepted())).toList());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).stored().complete(ids.get(i));
      }
    } catch (RuntimeException groupFailed) {
      if (group.size() > 1) {
        log.info("A group of {} place reports failed ({}); storing each alone", group.size(),
            groupFailed.getMessage());
      }
      for (Pending p : group) {
        try {
          p.stored().complete(transactions.execute(status -> writeAs(p.accepted())));
        } catch (RuntimeException e) {
          p.stored().completeExceptionally(e);
        }
      }
    }
  }

  @Override
  public void start() {
    running = true;
    for (int i = 0; i < writers; i++) {
      Thread t = new Thread(this::run, "place-report-writer-" + (i + 1));
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  /** Takes no new reports into the queue and stores the queued ones before the database goes away. */
  @Override
  public void stop() {
    running = false;
    for (Thread t : threads) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(waitSeconds));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    threads.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
