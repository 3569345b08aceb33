package se.medborgarlofte.shared;

import org.springframework.context.ApplicationEventPublisher;
import se.medborgarlofte.shared.plugin.PublicContentChanged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy: the fourteen built-in categories plus those an admin adds. */
@Service
public class ProblemCategories {

  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  ProblemCategories(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  public List<ProblemCategory> all() {
    return jdbc.sql("select code, label_sv, label_en from shared_problem_category order by sort_order, code")
        .query(ProblemCategory.class)
        .list();
  }

  public Map<String, ProblemCategory> byCode() {
    return all().stream().collect(Collectors.toMap(ProblemCategory::code, Function.identity()));
  }

  public Optional<ProblemCategory> find(String code) {
    return jdbc.sql("select code, label_sv, label_en from shared_problem_category where code = ?")
        .param(code)
        .query(ProblemCategory.class)
        .optional();
  }

  /** Fails with the unknown codes named, so an import or a form can say exactly which value is wrong. */
  public void requireKnown(String field, Collection<String> codes) {
    var known = byCode().keySet();
    var unknown = codes.stream().filter(c -> !known.contains(c)).toList();
    if (!unknown.isEmpty()) {
      throw InvalidInputException.of(field, "unknown problem category: " + String.join(", ", unknown));
    }
  }

  @Transactional
  public ProblemCategory add(String code, String labelSv, String labelEn) {
    var errors = new FieldErrors();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add("code", "must be 2–40 upper-case ASCII letters, digits or _ and start with a letter");
    }
    if (labelSv == null || labelSv.isBlank() || labelSv.length() > 120) {
      errors.add("labelSv", "must be 1–120 characters");
    }
    if (labelEn == null || labelEn.isBlank() || labelEn.length() > 120) {
      errors.add("labelEn", "must be 1–120 characters");
    }
    errors.throwIfAny();
    if (find(code).isPresent()) {
      throw new ConflictException("problem category " + code + " already exists");
    }
    jdbc.sql("insert into shared_problem_category (code, label_sv, label_en) values (?, ?, ?)")
        .params(code, labelSv.strip(), labelEn.strip())
        .update();
    var created = new ProblemCategory(code, labelSv.strip(), labelEn.strip());
    audit.record("PROBLEM_CATEGORY_CREATED", "ProblemCategory", code, null, created);

    events.publishEvent(new PublicContentChanged("PROBLEM_CATEGORY_CREATED"));
    return created;
  }
}
