package se.medborgarlofte.promise;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Keeps the rendered bytes of public promise documents (page, PDF) per promise, kind and locale. A published version
 * never changes, so an entry stays valid until the promise's public state (version, status, extensions) moves on.
 * Changes made on this node evict at once; changes made on another node are noticed within a second by a one-row
 * check of the promise's row version.
 */
@Component
public class RenderedPromises {

  private static final long RECHECK_NANOS = 1_000_000_000L;
  private static final int MAX_ENTRIES = 20_000;

  /** Bytes ready to send, with their strong ETag. */
  public record Rendered(String etag, byte[] body) {}

  private record Entry(int rowVersion, String publicState, Rendered rendered, long checkedAt) {}

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final PromiseRepository repository;

  RenderedPromises(PromiseRepository repository) {
    this.repository = repository;
  }

  /** The public state a rendering depends on; a new one means a new ETag. */
  public static String publicState(Promise p) {
    PromiseVersion v = p.published().orElseThrow();
    return "v" + v.number() + "-" + v.status() + "-e" + p.extensionsOf(v.number()).size();
  }

  /**
   * The cached rendering, or a new one made by {@code render} from the published promise; 404 if the promise was
   * never published.
   */
  public Rendered get(UUID id, String kind, Locale locale, Function<Promise, byte[]> render) {
    String key = id + "|" + kind + "|" + locale.getLanguage();
    Entry entry = cache.get(key);
    long now = System.nanoTime();
    if (entry != null && now - entry.checkedAt() < RECHECK_NANOS) {
      return entry.rendered();
    }
    int rowVersion = repository.rowVersion(id);
    if (entry != null && entry.rowVersion() == rowVersion) {
      cache.put(key, new Entry(rowVersion, entry.publicState(), entry.rendered(), now));
      return entry.rendered();
    }
    Promise p = repository.find(id).filter(x -> x.published().isPresent())
        .orElseThrow(() -> new NotFoundException("no published promise " + id));
    String state = publicState(p);
    Rendered rendered = entry != null && entry.publicState().equals(state) ? entry.rendered()
        : new Rendered("\"" + id + "-" + state + "-" + kind + "-" + locale.getLanguage() + "\"", render.apply(p));
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(key, new Entry(p.rowVersion(), state, rendered, now));
    return rendered;
  }

  void evictAfterCommit(UUID id) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          evict(id);
        }
      });
    } else {
      evict(id);
    }
  }

  void evict(UUID id) {
    String prefix = id + "|";
    cache.keySet().removeIf(k -> k.startsWith(prefix));
  }
}
