package se.medborgarlofte.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Personal API tokens. The token is 256 random bits shown once; only its SHA-256 is stored (a slow password hash
 * adds nothing for a random secret of that size, and would make every API call slow).
 */
@Service
public class ApiTokens {

  static final String PREFIX = "mlt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Users users;
  private final AuditTrail audit;

  ApiTokens(JdbcClient jdbc, Users users, AuditTrail audit) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
  }

  /** A token as listed to its owner: never the secret. */
  public record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt) {}

  /** Creates a token and returns its secret, which is not kept and cannot be shown again. */
  @Transactional
  public String issue(Member owner, String name) {
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      errors.add("name", "must be 1–80 characters");
    }
    errors.throwIfAny();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    long id = jdbc.sql("insert into organisation_api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
        .params(owner.id(), name.strip(), hash(token)).query(Long.class).single();
    audit.record("API_TOKEN_ISSUED", "User", owner.id(), null, java.util.Map.of("tokenId", id, "name", name.strip()));
    return token;
  }

  public List<TokenInfo> of(Member owner) {
    return jdbc.sql("""
        select id, name, created_at, last_used_at, revoked_at from organisation_api_token
        where user_id = ? order by created_at desc""").param(owner.id()).query(TokenInfo.class).list();
  }

  @Transactional
  public void revoke(Member owner, long tokenId) {
    int n = jdbc.sql("""
        update organisation_api_token set revoked_at = now()
        where id = ? and user_id = ? and revoked_at is null""").params(tokenId, owner.id()).update();
    if (n == 0) {
      throw new NotFoundException("no active token " + tokenId);
    }
    audit.record("API_TOKEN_REVOKED", "User", owner.id(), null, java.util.Map.of("tokenId", tokenId));
  }

  /** The member a valid, unrevoked token belongs to. */
  @Transactional
  public Optional<Member> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<Long> owner = jdbc.sql("select user_id from organisation_api_token where token_hash = ? and revoked_at is null")
        .param(hash).query(Long.class).optional();
    // "Last used" to the minute is enough for the owner; writing it on every API call would not be.
    owner.ifPresent(id -> jdbc.sql("""
        update organisation_api_token set last_used_at = now()
        where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
        .param(hash).update());
    // A password lock-out does not stop tokens: anyone can lock an account by guessing, and that must not cut off
    // the owner's scripts. Disabling the account does.
    return owner.flatMap(users::loadMember).filter(Member::isEnabled);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
