package se.medborgarlofte.organisation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/** People, their passwords and their memberships. */
@Service
public class Accounts {

  public static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Municipalities municipalities;
  private final int maxFailures;
  private final int lockMinutes;

  Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Municipalities municipalities,
      @Value("${medborgarlofte.login.max-failures:5}") int maxFailures,
      @Value("${medborgarlofte.login.lock-minutes:15}") int lockMinutes) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
    this.municipalities = municipalities;
    this.maxFailures = maxFailures;
    this.lockMinutes = lockMinutes;
  }

  public List<UserAccount> all() {
    return assemble(jdbc.sql(SELECT + " order by lower(username)").query(Head.class).list());
  }

  public Optional<UserAccount> find(long id) {
    return assemble(jdbc.sql(SELECT + " where id = ?").param(id).query(Head.class).list()).stream().findFirst();
  }

  public UserAccount get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("no user " + id));
  }

  /** The signed-in form of an account, for authentication; empty for an unknown name. */
  public Optional<Member> loadMember(String username) {
    return member("lower(username) = lower(?)", username);
  }

  Optional<Member> loadMember(long id) {
    return member("id = ?", id);
  }

  private Optional<Member> member(String condition, Object value) {
    return jdbc.sql("""
        select id, username, display_name, password_hash, enabled,
               coalesce(locked_until > now(), false) as locked
        from organisation_user where\s""" + condition)
        .param(value)
        .query((rs, n) -> new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
            rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
            memberships(rs.getLong("id"))))
        .optional();
  }

  @Transactional
  public long create(String username, String displayName, String email, String password) {
    FieldErrors errors = new FieldErrors();
    String name = username == null ? "" : username.strip().toLowerCase();
    if (!name.matches("^[a-z0-9._-]{2,60}$")) {
      errors.add("username", "must be 2–60 characters: a–z, 0–9, dot, dash or underscore");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
      errors.add("displayName", "must be 1–120 characters");
    }
    if (email != null && !email.isBlank() && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      errors.add("email", "is not an e-mail address");
    }
    checkPassword(password, "password", errors);
    errors.throwIfAny();
    if (loadMember(name).isPresent()) {
      throw new ConflictException("the user name " + name + " is taken");
    }
    long id = jdbc.sql("""
        insert into organisation_user (username, display_name, email, password_hash)
        values (?, ?, ?, ?) returning id""")
        .params(name, displayName.strip(), email == null || email.isBlank() ? null : email.strip(),
            passwords.encode(password))
        .query(Long.class).single();
    audit.record("USER_CREATED", "User", id, null, get(id));
    return id;
  }

  @Transactional
  public long grant(long userId, Role role, String municipalityCode, Long lpoId) {
    UserAccount before = get(userId);
    FieldErrors errors = new FieldErrors();
    String code = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
    if (role == null) {
      errors.add("role", "is required").throwIfAny();
    }
    if (role.isNational() && (code != null || lpoId != null)) {
      errors.add("role", role + " is national and takes neither a kommun nor an LPO");
    }
    if (code != null && lpoId != null) {
      errors.add("municipalityCode", "choose a kommun or an LPO, not both");
    }
    if (role == Role.COORDINATOR && code == null) {
      errors.add("municipalityCode", "a coordinator belongs to a kommun");
    }
    if (role == Role.POLICE && lpoId == null) {
      errors.add("lpoId", "a police member belongs to an LPO");
    }
    if (role == Role.SIGNATORY && code == null && lpoId == null) {
      errors.add("municipalityCode", "a signatory signs for a kommun or an LPO");
    }
    if (code != null && !municipalities.exists(code)) {
      errors.add("municipalityCode", "unknown municipality code " + code);
    }
    if (lpoId != null && jdbc.sql("select count(*) from organisation_local_police_area where id = ?").param(lpoId)
        .query(Integer.class).single() == 0) {
      errors.add("lpoId", "unknown local police area " + lpoId);
    }
    errors.throwIfAny();
    if (before.memberships().stream().anyMatch(m -> m.role() == role && java.util.Objects.equals(m.municipalityCode(),
        code) && java.util.Objects.equals(m.lpoId(), lpoId))) {
      throw new ConflictException("the user already has this membership");
    }
    long id = jdbc.sql("""
        insert into organisation_membership (user_id, role, municipality_code, lpo_id) values (?, ?, ?, ?)
        returning id""").params(userId, role.name(), code, lpoId).query(Long.class).single();
    audit.record("MEMBERSHIP_GRANTED", "User", userId, before, get(userId));
    return id;
  }

  @Transactional
  public void revoke(long userId, long membershipId) {
    UserAccount before = get(userId);
    if (jdbc.sql("delete from organisation_membership where id = ? and user_id = ?").params(membershipId, userId)
        .update() == 0) {
      throw new NotFoundException("no membership " + membershipId + " for user " + userId);
    }
    audit.record("MEMBERSHIP_REVOKED", "User", userId, before, get(userId));
  }

  @Transactional
  public void setEnabled(long userId, boolean enabled) {
    UserAccount before = get(userId);
    jdbc.sql("update organisation_user set enabled = ?, failed_logins = 0, locked_until = null where id = ?")
        .params(enabled, userId).update();
    audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "User", userId, before, get(userId));
  }

  @Transactional
  public void changePassword(Member member, String current, String next, String repeat) {
    FieldErrors errors = new FieldErrors();
    String hash = jdbc.sql("select password_hash from organisation_user where id = ?").param(member.id())
        .query(String.class).single();
    if (current == null || !passwords.matches(current, hash)) {
      errors.add("currentPassword", "is not your current password");
    }
    checkPassword(next, "newPassword", errors);
    if (next != null && !next.equals(repeat)) {
      errors.add("repeatPassword", "does not match the new password");
    }
    errors.throwIfAny();
    jdbc.sql("update organisation_user set password_hash = ? where id = ?").params(passwords.encode(next), member.id())
        .update();
    audit.record("PASSWORD_CHANGED", "User", member.id(), null, null);
  }

  /** An admin sets a new password for someone who lost theirs; it also lifts a lock-out. */
  @Transactional
  public void resetPassword(long userId, String password) {
    get(userId);
    FieldErrors errors = new FieldErrors();
    checkPassword(password, "password", errors);
    errors.throwIfAny();
    jdbc.sql("update organisation_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
        .params(passwords.encode(password), userId).update();
    audit.record("PASSWORD_RESET", "User", userId, null, null);
  }

  /** Counts a failed login; after too many the account is locked for a while (not forever: no denial of service). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailedLogin(String username) {
    jdbc.sql("""
        update organisation_user set failed_logins = failed_logins + 1,
          locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
        where lower(username) = lower(?)""").params(maxFailures, lockMinutes, username).update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSuccessfulLogin(String username) {
    // Runs on every successful login, HTTP Basic calls included: only write when there is something to reset.
    jdbc.sql("""
        update organisation_user set failed_logins = 0, locked_until = null
        where lower(username) = lower(?) and (failed_logins > 0 or locked_until is not null)""")
        .param(username).update();
  }

  /** True when the first admin was created. */
  @Transactional
  public boolean ensureAdmin(String password) {
    boolean hasAdmin = jdbc.sql("select count(*) from organisation_membership where role = 'ADMIN'")
        .query(Integer.class).single() > 0;
    if (hasAdmin) {
      return false;
    }
    long id = loadMember("admin").map(Member::id)
        .orElseGet(() -> create("admin", "Administratör", null, password));
    grant(id, Role.ADMIN, null, null);
    return true;
  }

  public static void checkPassword(String password, String field, FieldErrors errors) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    } else if (password.length() > 200) {
      errors.add(field, "must be at most 200 characters");
    }
  }

  private List<Membership> memberships(long userId) {
    return jdbc.sql("""
        select id, role, municipality_code, lpo_id from organisation_membership where user_id = ? order by id""")
        .param(userId).query(Membership.class).list();
  }

  private List<UserAccount> assemble(List<Head> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Membership>> byUser = new LinkedHashMap<>();
    jdbc.sql("""
        select user_id, id, role, municipality_code, lpo_id from organisation_membership
        where user_id in (:ids) order by id""")
        .param("ids", heads.stream().map(Head::id).toList())
        .query((rs, n) -> byUser.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Membership(
            rs.getLong(2), Role.valueOf(rs.getString(3)), rs.getString(4), (Long) rs.getObject(5, Long.class))))
        .list();
    return heads.stream().map(h -> new UserAccount(h.id(), h.username(), h.displayName(), h.email(), h.enabled(),
        h.lockedUntil(), byUser.getOrDefault(h.id(), List.of()))).toList();
  }

  private static final String SELECT =
      "select id, username, display_name, email, enabled, locked_until from organisation_user";

  private record Head(long id, String username, String displayName, String email, boolean enabled,
      OffsetDateTime lockedUntil) {}
}
