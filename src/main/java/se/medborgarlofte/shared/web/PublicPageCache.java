package se.medborgarlofte.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.medborgarlofte.shared.plugin.PublicContentChanged;
import se.medborgarlofte.shared.plugin.PublicPage;

/**
 * Keeps the rendered bytes of the pages marked {@link PublicPage} in memory, one entry per URL without parameters and
 * language, and serves them with a strong ETag, answering 304 to a matching {@code If-None-Match}. The pages are the
 * same for every visitor in a language, so one rendering serves them all. This is the one cache layer of the public
 * site: composed pages (the promise page with its sections) get a new ETag whenever their bytes change.
 *
 * <p>It runs before the security and session filters, so a hit costs little more than a static file; the headers
 * those filters wrote on the first rendering (CSP and the other security headers) are stored and replayed.
 *
 * <p>Freshness: a module publishes {@link PublicContentChanged} after a change the public sees; when its transaction
 * commits, this node forgets every page. Another node learns of a change only when its own entries expire, so entries
 * are fresh for a few seconds ({@code medborgarlofte.page-cache.ttl-seconds}; 0 turns the cache off). An expired page
 * is kept a while longer: it is served while one request renders the new one, and when rendering fails (the database
 * is down) the old page is better than an error. The cache is bounded by bytes, so no visitor can grow it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PublicPageCache extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(PublicPageCache.class);

  /** How long an expired page may still be served while a fresh one cannot be made. */
  private static final Duration STALE_FOR = Duration.ofHours(1);

  private record Entry(byte[] body, String contentType, Map<String, String> headers, String etag, long expiresAt) {}

  /** Headers that belong to one response or one visitor and must never be replayed. */
  private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type", "etag",
      "cache-control", "vary", "expires", "pragma", "date", "transfer-encoding");

  private final Cache<String, Entry> entries;
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final AtomicLong generation = new AtomicLong();
  private final LocaleResolver locales;
  private final Predicate<HttpServletRequest> publicPages;
  private final Clock clock;
  private final long ttlMillis;

  @Autowired
  PublicPageCache(LocaleResolver locales, BeanFactory beans,
      @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds,
      @Value("${medborgarlofte.page-cache.max-megabytes:64}") long maxMegabytes) {
    this(locales, new PublicPageHandlers(beans), Clock.systemUTC(), ttlSeconds, maxMegabytes * 1024 * 1024);
  }

  PublicPageCache(LocaleResolver locales, Predicate<HttpServletRequest> publicPages, Clock clock, long ttlSeconds,
      long maxBytes) {
    this.locales = locales;
    this.publicPages = publicPages;
    this.clock = clock;
    this.ttlMillis = ttlSeconds * 1000;
    this.entries = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String key, Entry e) -> key.length() + e.body().length + 512)
        .expireAfterWrite(STALE_FOR.plusMillis(ttlMillis))
        .build();
  }

  /** After the transaction that changed public content commits (at once when there is none). */
  @EventListener
  void on(PublicContentChanged change) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          invalidateAll();
        }
      });
    } else {
      invalidateAll();
    }
  }

  /** Forgets every page. */
  public void invalidateAll() {
    generation.incrementAndGet();
    entries.invalidateAll();
  }

  long size() {
    return entries.estimatedSize();
  }

  void cleanUp() {
    entries.cleanUp();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Only parameterless URLs: their number is bounded by the data, so the cache cannot be grown by a visitor.
    return ttlMillis <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null
        || !request.getParameterMap().isEmpty() || hasSession(request) || !publicPages.test(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Locale locale = locales.resolveLocale(request);
    String key = locale.getLanguage() + ' ' + request.getRequestURI();
    Entry entry = entries.getIfPresent(key);
    // An expired page is rendered again by one request while the others keep getting the old bytes for those few
    // milliseconds; otherwise every request in flight would render it at once (measured: p99 up to 126 ms).
    boolean expired = entry != null && entry.expiresAt() < clock.millis();
    boolean render = entry == null || (expired && refreshing.add(key));
    if (render) {
      try {
        Entry fresh = render(key, entry, request, response, chain);
        if (fresh == null) {
          return;
        }
        entry = fresh;
      } finally {
        refreshing.remove(key);
      }
    }
    reply(entry, request, response);
  }

  /**
   * Renders the page through the rest of the chain and keeps it; null when the answer was sent as it is (not a page
   * to keep). When rendering fails and an older copy exists, that copy is returned instead.
   */
  private Entry render(String key, Entry stale, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long startedAt = generation.get();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() >= 500 && stale != null) {
      log.warn("Serving the kept copy of {}: rendering it answered {}", request.getRequestURI(), wrapper.getStatus());
      wrapper.resetBuffer();
      return stale;
    }
    if (wrapper.getStatus() != 200 || wrapper.getContentType() == null) {
      wrapper.copyBodyToResponse();
      return null;
    }
    byte[] body = wrapper.getContentAsByteArray();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : wrapper.getHeaderNames()) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, wrapper.getHeader(name));
      }
    }
    // A controller's own caching policy (e.g. for immutable published versions) is kept; Spring Security's
    // default "no-store" is not, since this page is the same for everyone.
    String cacheControl = wrapper.getHeader("Cache-Control");
    headers.put("Cache-Control", cacheControl == null || cacheControl.contains("no-store")
        ? "public, max-age=0, must-revalidate" : cacheControl);
    Entry entry = new Entry(body, wrapper.getContentType(), Map.copyOf(headers), etag(body),
        clock.millis() + ttlMillis);
    if (generation.get() == startedAt) {
      entries.put(key, entry); // not when a change committed while this was rendering: it may show the old state
    }
    wrapper.resetBuffer();
    return entry;
  }

  private static void reply(Entry entry, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.reset();
    entry.headers().forEach(response::setHeader);
    response.setHeader("ETag", entry.etag());
    response.setHeader("Vary", "Cookie, Accept-Language");
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(entry.etag()) || ifNoneMatch.strip().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(200);
    response.setContentType(entry.contentType());
    response.setContentLength(entry.body().length);
    response.getOutputStream().write(entry.body());
  }

  private static boolean hasSession(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie c : cookies) {
      if ("SESSION".equals(c.getName()) || "JSESSIONID".equals(c.getName())) {
        return true;
      }
    }
    return false;
  }

  static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
