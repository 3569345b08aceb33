package se.medborgarlofte.organisation;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Grants and revokes roles within a kommun or an LPO. A change takes effect at the member's next request, since the
 * site reloads the member on every request.
 */
@Service
public class Memberships {

  private final JdbcClient jdbc;
  private final Users users;
  private final AuditTrail audit;
  private final Municipalities municipalities;

  Memberships(JdbcClient jdbc, Users users, AuditTrail audit, Municipalities municipalities) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
    this.municipalities = municipalities;
  }

  /** Returns the new membership's id. Errors name the fields {@code role}, {@code municipalityCode}, {@code lpoId}. */
  @Transactional
  public long grant(long userId, Role role, String municipalityCode, Long lpoId) {
    UserAccount before = users.get(userId);
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
    if ((role == Role.REPORTER || role == Role.MODERATOR) && code == null && lpoId == null) {
      errors.add("municipalityCode", "an EST reporter or a moderator works for a kommun or an LPO");
    }
    if (code != null && !municipalities.exists(code)) {
      errors.add("municipalityCode", "unknown municipality code " + code);
    }
    if (lpoId != null && jdbc.sql("select count(*) from organisation_local_police_area where id = ?").param(lpoId)
        .query(Integer.class).single() == 0) {
      errors.add("lpoId", "unknown local police area " + lpoId);
    }
    errors.throwIfAny();
    if (before.memberships().stream().anyMatch(m -> m.role() == role && Objects.equals(m.municipalityCode(), code)
        && Objects.equals(m.lpoId(), lpoId))) {
      throw new ConflictException("the user already has this membership");
    }
    long id = jdbc.sql("""
        insert into organisation_membership (user_id, role, municipality_code, lpo_id) values (?, ?, ?, ?)
        returning id""").params(userId, role.name(), code, lpoId).query(Long.class).single();
    audit.record("MEMBERSHIP_GRANTED", "User", userId, before, users.get(userId));
    return id;
  }

  @Transactional
  public void revoke(long userId, long membershipId) {
    UserAccount before = users.get(userId);
    if (jdbc.sql("delete from organisation_membership where id = ? and user_id = ?").params(membershipId, userId)
        .update() == 0) {
      throw new NotFoundException("no membership " + membershipId + " for user " + userId);
    }
    audit.record("MEMBERSHIP_REVOKED", "User", userId, before, users.get(userId));
  }
}
