package se.medborgarlofte.crimestats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** BRÅ's crime types as this platform knows them (seeded in V30; the table takes more). */
@Service
public class CrimeTypes {

  /**
   * Adding a crime type changes what every kommun's figures can be, so it is national: {@link Scope#ANYWHERE} and a
   * verb outside the role table's read/edit/sign, which only admins hold.
   */
  public static final Permission MANAGE = Permission.of("crimestats.manage");

  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

  private final JdbcClient jdbc;
  private final ProblemCategories categories;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  CrimeTypes(JdbcClient jdbc, ProblemCategories categories, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.categories = categories;
    this.audit = audit;
    this.events = events;
  }

  /** A new type: a code, names in both languages, a problem category, and optionally BRÅ's code and a parent. */
  @Transactional
  public CrimeType add(Member by, CrimeType type) {
    if (by == null || !by.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins add crime types");
    }
    var errors = new FieldErrors();
    if (type.code() == null || !CODE.matcher(type.code()).matches()) {
      errors.add("code", "must be 2–40 upper-case ASCII letters, digits or _ and start with a letter");
    }
    if (type.nameSv() == null || type.nameSv().isBlank() || type.nameSv().length() > 120) {
      errors.add("nameSv", "must be 1–120 characters");
    }
    if (type.nameEn() == null || type.nameEn().isBlank() || type.nameEn().length() > 120) {
      errors.add("nameEn", "must be 1–120 characters");
    }
    if (type.braCode() != null && (type.braCode().isBlank() || type.braCode().length() > 20)) {
      errors.add("braCode", "must be 1–20 characters when given");
    }
    if (type.parent() != null && all().stream().noneMatch(t -> t.code().equals(type.parent()))) {
      errors.add("parent", "no crime type has this code");
    }
    if (type.problemCategory() == null || type.problemCategory().isBlank()) {
      errors.add("problemCategory", "is required: the problem category the type belongs to");
    } else if (categories.find(type.problemCategory()).isEmpty()) {
      errors.add("problemCategory", "no problem category has this code");
    }
    errors.throwIfAny();
    // Codes and names are how a file names a type, so none may name two types.
    Map<String, String> taken = lookup();
    for (String key : new String[] {type.code(), type.nameSv(), type.nameEn(), type.braCode()}) {
      if (key != null && taken.containsKey(fold(key))) {
        throw new ConflictException("a crime type is already called " + key, taken.get(fold(key)));
      }
    }
    CrimeType added = new CrimeType(type.code(), type.nameSv().strip(), type.nameEn().strip(),
        type.braCode() == null ? null : type.braCode().strip(), type.parent(), type.problemCategory());
    jdbc.sql("""
        insert into crimestats_crime_type (code, name_sv, name_en, bra_code, parent_code, problem_category)
        values (?, ?, ?, ?, ?, ?)""").params(added.code(), added.nameSv(), added.nameEn(), added.braCode(),
        added.parent(), added.problemCategory()).update();
    audit.record("CRIME_TYPE_ADDED", "CrimeType", added.code(), null, added);
    events.publishEvent(new PublicContentChanged("crime type " + added.code()));
    return added;
  }

  /** Maps a type to another problem category (or none, for the totals): what its figures are evidence of. */
  @Transactional
  public CrimeType remap(Member by, String code, String problemCategory) {
    if (by == null || !by.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins map crime types");
    }
    CrimeType before = all().stream().filter(t -> t.code().equals(code)).findFirst()
        .orElseThrow(() -> new se.medborgarlofte.shared.NotFoundException("no crime type " + code));
    String category = problemCategory == null || problemCategory.isBlank() ? null : problemCategory.strip();
    if (category != null && categories.find(category).isEmpty()) {
      new FieldErrors().add("problemCategory", "no problem category has this code").throwIfAny();
    }
    jdbc.sql("update crimestats_crime_type set problem_category = ? where code = ?").params(category, code).update();
    CrimeType after = new CrimeType(before.code(), before.nameSv(), before.nameEn(), before.braCode(),
        before.parent(), category);
    audit.record("CRIME_TYPE_MAPPED", "CrimeType", code, before, after);
    events.publishEvent(new PublicContentChanged("crime type " + code));
    return after;
  }

  public List<CrimeType> all() {
    return jdbc.sql("""
        select code, name_sv, name_en, bra_code, parent_code as parent, problem_category
        from crimestats_crime_type order by sort_order, code""").query(CrimeType.class).list();
  }

  /** What a generated sentence calls the type ("anmälda bostadsinbrott"), falling back to the name. */
  public String phrase(String code, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return jdbc.sql("select coalesce(" + (english ? "phrase_en, lower(name_en)" : "phrase_sv, lower(name_sv)")
        + ") from crimestats_crime_type where code = ?").param(code).query(String.class).optional().orElse(code);
  }

  /** Every code, BRÅ code and name (folded to lower case), for reading a file: one query, then lookups. */
  Map<String, String> lookup() {
    Map<String, String> byKey = new HashMap<>();
    for (CrimeType t : all()) {
      byKey.put(fold(t.code()), t.code());
      byKey.put(fold(t.nameSv()), t.code());
      byKey.put(fold(t.nameEn()), t.code());
      if (t.braCode() != null) {
        byKey.put(fold(t.braCode()), t.code());
      }
    }
    return byKey;
  }

  static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  Optional<String> resolve(Map<String, String> lookup, String codeOrName) {
    return Optional.ofNullable(lookup.get(fold(codeOrName)));
  }
}
