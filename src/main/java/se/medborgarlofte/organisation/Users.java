package se.medborgarlofte.organisation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/**
 * People who sign in, and their passwords. What they may do is granted through {@link Memberships}; how sign-ins
 * are protected against guessing lives in the security package, out of other modules' reach.
 */
@Service
public class Users {

  public static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;

  Users(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
  }

  /**
   * An account as it stands in the database right now; the site compares it with what a session remembers.
   *
   * @param mustChangePassword the password was a logged one-time password, so nothing but changing it is allowed
   */
  public record Standing(Member member, boolean mustChangePassword) {}

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
    return standing("lower(u.username) = lower(?)", username).map(Standing::member);
  }

  public Optional<Member> loadMember(long id) {
    return standing(id).map(Standing::member);
  }

  public Optional<Standing> standing(long id) {
    return standing("u.id = ?", id);
  }

  /** One query: this runs on every signed-in request. */
  private Optional<Standing> standing(String condition, Object value) {
    List<StandingRow> rows = jdbc.sql("""
        select u.id, u.username, u.display_name, u.password_hash, u.enabled,
               coalesce(u.locked_until > now(), false) as locked, u.must_change_password,
               m.id as membership_id, m.role, m.municipality_code, m.lpo_id
        from organisation_user u left join organisation_membership m on m.user_id = u.id
        where\s""" + condition + " order by m.id")
        .param(value)
        .query((rs, n) -> new StandingRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
            rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
            rs.getBoolean("must_change_password"), rs.getObject("membership_id") == null ? null
                : new Membership(rs.getLong("membership_id"), Role.valueOf(rs.getString("role")),
                    rs.getString("municipality_code"), rs.getObject("lpo_id", Long.class))))
        .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    StandingRow u = rows.get(0);
    List<Membership> memberships = rows.stream().map(StandingRow::membership).filter(m -> m != null).toList();
    return Optional.of(new Standing(new Member(u.id(), u.username(), u.displayName(), u.passwordHash(), u.enabled(),
        u.locked(), memberships), u.mustChangePassword()));
  }

  private record StandingRow(long id, String username, String displayName, String passwordHash, boolean enabled,
      boolean locked, boolean mustChangePassword, Membership membership) {}

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
    if (email != null && !email.isBlank() && (email.length() > 254
        || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
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

  /** Disabling also ends the user's open sessions: the site re-checks the account on every request. */
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
    if (next != null && next.equals(current)) {
      // A forced change of a logged one-time password would otherwise be undone by typing it twice.
      errors.add("newPassword", "must differ from the current password");
    }
    if (next != null && !next.equals(repeat)) {
      errors.add("repeatPassword", "does not match the new password");
    }
    errors.throwIfAny();
    jdbc.sql("update organisation_user set password_hash = ?, must_change_password = false where id = ?")
        .params(passwords.encode(next), member.id()).update();
    audit.record("PASSWORD_CHANGED", "User", member.id(), null, null);
  }

  /**
   * An admin sets a new password for someone who lost theirs; it also lifts a lock-out. Sessions opened with the old
   * password end, because the site compares the password on every request.
   */
  @Transactional
  public void resetPassword(long userId, String password) {
    get(userId);
    FieldErrors errors = new FieldErrors();
    checkPassword(password, "password", errors);
    errors.throwIfAny();
    jdbc.sql("""
        update organisation_user set password_hash = ?, failed_logins = 0, locked_until = null,
          must_change_password = false
        where id = ?""").params(passwords.encode(password), userId).update();
    audit.record("PASSWORD_RESET", "User", userId, null, null);
  }

  public static void checkPassword(String password, String field, FieldErrors errors) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    } else if (password.length() > 200) {
      errors.add(field, "must be at most 200 characters");
    }
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
