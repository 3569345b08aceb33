package se.medborgarlofte.reports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/** The report categories: eight built in, more added by an admin, each mapped to a problem category. */
@Service
public class ReportCategories {

  /** Adding a category changes every kommun's form: national, so the admin's (no role holds "manage"). */
  static final Permission MANAGE = Permission.of("reports.manage");
  private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

  private final JdbcClient jdbc;
  private final ProblemCategories problems;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  ReportCategories(JdbcClient jdbc, ProblemCategories problems, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.problems = problems;
    this.audit = audit;
    this.events = events;
  }

  /**
   * The categories, kept for {@link #KEPT} so a submission reads no rows; dropped on this node when a public change
   * commits (an added category), so other nodes see it within that time.
   */
  public List<ReportCategory> all() {
    Kept k = kept;
    if (k == null || System.nanoTime() - k.readAt() > KEPT.toNanos()) {
      k = new Kept(List.copyOf(jdbc.sql(
              "select code, name_sv, name_en, problem_category from reports_category order by sort_order, code")
          .query(ReportCategory.class).list()), System.nanoTime());
      kept = k;
    }
    return k.categories();
  }

  public Optional<ReportCategory> find(String code) {
    return all().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
  void forget(PublicContentChanged changed) {
    kept = null;
  }

  private static final java.time.Duration KEPT = java.time.Duration.ofSeconds(30);

  private record Kept(List<ReportCategory> categories, long readAt) {}

  private volatile Kept kept;

  /** May the member add categories (and manage Open311 keys)? Admins only. */
  public boolean manages(Member member) {
    return member.may(MANAGE, Scope.ANYWHERE);
  }

  @Transactional
  public ReportCategory add(Member by, ReportCategory category) {
    if (!by.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins add report categories");
    }
    FieldErrors errors = new FieldErrors();
    if (category.code() == null || !CODE.matcher(category.code()).matches()) {
      errors.add("code", "must be 2–40 lower-case ASCII letters, digits or - and start with a letter");
    }
    if (category.nameSv() == null || category.nameSv().isBlank() || category.nameSv().length() > 80) {
      errors.add("nameSv", "must be 1–80 characters");
    }
    if (category.nameEn() == null || category.nameEn().isBlank() || category.nameEn().length() > 80) {
      errors.add("nameEn", "must be 1–80 characters");
    }
    if (category.problemCategory() == null || problems.find(category.problemCategory()).isEmpty()) {
      errors.add("problemCategory", "must be a code of the problem taxonomy (GET /api/v1/problem-categories)");
    }
    errors.throwIfAny();
    if (jdbc.sql("select count(*) from reports_category where code = ?").param(category.code()).query(Long.class)
        .single() > 0) {
      throw new ConflictException("report category " + category.code() + " already exists");
    }
    ReportCategory added = new ReportCategory(category.code(), category.nameSv().strip(), category.nameEn().strip(),
        category.problemCategory());
    jdbc.sql("insert into reports_category (code, name_sv, name_en, problem_category, sort_order) values (?, ?, ?, ?, 500)")
        .params(added.code(), added.nameSv(), added.nameEn(), added.problemCategory()).update();
    audit.record("REPORT_CATEGORY_CREATED", "ReportCategory", added.code(), null, added);
    events.publishEvent(new PublicContentChanged("REPORT_CATEGORY_CREATED"));
    return added;
  }
}
