package se.medborgarlofte.reports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
import se.medborgarlofte.shared.GroupCommit;

/**
 * Stores accepted place reports by group commit (the house's {@link GroupCommit}): submissions that arrive while a
 * commit is under way share the next transaction (up to {@code batch}), so a burst of anonymous reports needs one or
 * two database connections and one fsync per group instead of one connection and one fsync each. A request is
 * answered only after the commit that holds its report, so nothing acknowledged is lost; if the group's transaction
 * fails, each report of it is tried alone, so one bad report fails only its own request. The queue is bounded and a
 * request waits at most {@code submit-wait-seconds}, then gets a 503.
 *
 * <p>Called inside a transaction (the demo loader, tests), a report is stored in that transaction instead, so it
 * commits or rolls back with its caller. {@code medborgarlofte.reports.submit-writers=0} stores every report in its
 * own transaction on the request's thread.
 */
@Component
class SubmissionWriter implements SmartLifecycle {

  /** A validated report, ready to store, with the submitter's security context for the audit entry's actor. */
  record Accepted(NewPlaceReport report, String description, Double latitude, Double longitude, boolean example,
      String email, OffsetDateTime deleteAfter, Map<String, Object> auditView, SecurityContext submitter) {}

  private final PlaceReportRepository repository;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final int writers;
  private final int batch;
  private final int queueSize;
  private final Duration wait;
  private volatile GroupCommit<Accepted, Long> group;

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
    this.queueSize = Math.max(1, queueSize);
    this.wait = Duration.ofSeconds(waitSeconds);
  }

  /** Stores the report and answers its id once it is committed. */
  long store(Accepted a) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return write(a);
    }
    GroupCommit<Accepted, Long> writer = group;
    if (writer == null) {
      return transactions.execute(status -> write(a));
    }
    return writer.submit(a);
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

  private List<Long> writeGroup(List<Accepted> reports) {
    return transactions.execute(status -> reports.stream().map(this::writeAs).toList());
  }

  @Override
  public void start() {
    if (writers > 0) {
      // A database that cannot be reached fails the group at once (503 for each) instead of once per report.
      group = new GroupCommit<>("place-reports", writers, batch, this::writeGroup,
          a -> transactions.execute(status -> writeAs(a)),
          e -> !(e instanceof DataAccessResourceFailureException), queueSize, wait);
    }
  }

  /** Takes no new reports and stores the queued ones before the database goes away. */
  @Override
  public void stop() {
    GroupCommit<Accepted, Long> writer = group;
    group = null;
    if (writer != null) {
      writer.close();
    }
  }

  @Override
  public boolean isRunning() {
    return group != null;
  }
}
