package se.medborgarlofte.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/**
 * The public map's GeoJSON per kommun and category, kept like the public page cache: for
 * {@code MEDBORGARLOFTE_PAGE_CACHE_TTL_SECONDS} (0: off), bounded by bytes, and dropped on this node when a public
 * change commits. A kommun with 20 000 published reports has a 3 MB answer; building it takes PostgreSQL and the JVM
 * hundreds of milliseconds, serving the kept string a few.
 */
@Service
public class PublicMapData {

  private final PlaceReportQueries queries;
  private final Cache<String, String> kept;
  private final boolean enabled;

  PublicMapData(PlaceReportQueries queries, @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds) {
    this.queries = queries;
    this.enabled = ttlSeconds > 0;
    this.kept = Caffeine.newBuilder().maximumWeight(64L * 1024 * 1024)
        .weigher((String key, String value) -> value.length() * 2)
        .expireAfterWrite(Duration.ofSeconds(Math.max(ttlSeconds, 1))).build();
  }

  public String geoJson(String municipalityCode, String category) {
    if (!enabled) {
      return queries.geoJson(municipalityCode, category);
    }
    return kept.get(municipalityCode + '|' + category, k -> queries.geoJson(municipalityCode, category));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void forget(PublicContentChanged changed) {
    kept.invalidateAll();
  }
}
