package se.medborgarlofte.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The public map's GeoJSON per kommun and category, kept like the public page cache: for
 * {@code MEDBORGARLOFTE_PAGE_CACHE_TTL_SECONDS} (0: off), bounded by bytes, and dropped on this node when a public
 * change commits. A kommun with 20 000 published reports has a 3 MB answer; building it takes PostgreSQL and the JVM
 * hundreds of milliseconds, serving kept bytes a few. The answer is kept as UTF-8 and gzipped once (a tenth of the
 * size), with an ETag of its content, so a client that has it gets 304 and one that takes gzip gets the small copy
 * without the server compressing 3 MB per request.
 */
@Service
public class PublicMapData {

  /** One kept answer: the bytes, the same gzipped, and a strong ETag (quoted) of the uncompressed bytes. */
  public record Answer(byte[] json, byte[] gzip, String etag) {}

  private final PlaceReportQueries queries;
  private final Cache<String, Answer> kept;
  private final boolean enabled;

  PublicMapData(PlaceReportQueries queries, @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds) {
    this.queries = queries;
    this.enabled = ttlSeconds > 0;
    this.kept = Caffeine.newBuilder().maximumWeight(64L * 1024 * 1024)
        .weigher((String key, Answer a) -> a.json().length + a.gzip().length)
        .expireAfterWrite(Duration.ofSeconds(Math.max(ttlSeconds, 1))).build();
  }

  public String geoJson(String municipalityCode, String category) {
    return new String(answer(municipalityCode, category).json(), StandardCharsets.UTF_8);
  }

  public Answer answer(String municipalityCode, String category) {
    if (!enabled) {
      return build(municipalityCode, category);
    }
    return kept.get(municipalityCode + '|' + category, k -> build(municipalityCode, category));
  }

  private Answer build(String municipalityCode, String category) {
    byte[] json = queries.geoJson(municipalityCode, category).getBytes(StandardCharsets.UTF_8);
    return new Answer(json, gzip(json), etag(json));
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void forget(PublicContentChanged changed) {
    kept.invalidateAll();
  }
}
