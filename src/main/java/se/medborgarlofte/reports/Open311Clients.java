package se.medborgarlofte.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
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

/**
 * The keys of Open311 apps: issued by an admin to an app (not to a person, unlike personal API tokens), shown once,
 * stored as a SHA-256 hash. A key lets its app send reports into moderation, nothing more.
 */
@Service
public class Open311Clients {

  static final Permission MANAGE = ReportCategories.MANAGE;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new client and its key, which is never shown again. */
  public record IssuedKey(long id, String name, String apiKey) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  Open311Clients(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional
  public IssuedKey issue(Member by, String name) {
    if (!by.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException("only admins issue Open311 keys");
    }
    // An app's name, as people will read it in the audit trail: letters, not just a number.
    if (name == null || name.strip().length() < 2 || name.strip().length() > 120
        || name.codePoints().noneMatch(Character::isLetter)) {
      new FieldErrors().add("name", "must be 2–120 characters with at least one letter").throwIfAny();
    }
    String clean = name.strip();
    if (jdbc.sql("select count(*) from reports_open311_client where name = ?").param(clean).query(Long.class)
        .single() > 0) {
      throw new ConflictException("an Open311 client named " + clean + " exists");
    }
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String key = "o311_" + HexFormat.of().formatHex(secret);
    long id = jdbc.sql("insert into reports_open311_client (name, key_hash) values (?, ?) returning id")
        .params(clean, hash(key)).query(Long.class).single();
    audit.record("OPEN311_CLIENT_CREATED", "Open311Client", id, null, Map.of("name", clean));
    return new IssuedKey(id, clean, key);
  }

  /** An issued client as admin lists it: never its key, which is only stored hashed. */
  public record Client(long id, String name, java.time.OffsetDateTime createdAt,
      java.time.OffsetDateTime revokedAt) {}

  /** Every client, the newest first; admins only. */
  public java.util.List<Client> all(Member by) {
    requireAdmin(by, "only admins list Open311 clients");
    return jdbc.sql("select id, name, created_at, revoked_at from reports_open311_client order by created_at desc, id desc")
        .query(Client.class).list();
  }

  /** Revokes the client's key: its app can send nothing more. Revoking twice is refused as a conflict. */
  @Transactional
  public void revoke(Member by, long id) {
    requireAdmin(by, "only admins revoke Open311 keys");
    Client client = jdbc.sql("select id, name, created_at, revoked_at from reports_open311_client where id = ? for update")
        .param(id).query(Client.class).optional()
        .orElseThrow(() -> new se.medborgarlofte.shared.NotFoundException("no Open311 client " + id));
    if (client.revokedAt() != null) {
      throw new ConflictException("the key of " + client.name() + " was revoked already");
    }
    jdbc.sql("update reports_open311_client set revoked_at = now() where id = ?").param(id).update();
    audit.record("OPEN311_CLIENT_REVOKED", "Open311Client", id, Map.of("name", client.name()),
        Map.of("name", client.name(), "revoked", true));
  }

  private static void requireAdmin(Member by, String message) {
    if (!by.may(MANAGE, Scope.ANYWHERE)) {
      throw new AccessDeniedException(message);
    }
  }

  /** The name of the app holding this key, if the key is known and not revoked. */
  public Optional<String> clientOf(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select name from reports_open311_client where key_hash = ? and revoked_at is null")
        .param(hash(apiKey.strip())).query(String.class).optional();
  }

  private static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
