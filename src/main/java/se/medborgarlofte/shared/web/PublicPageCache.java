package se.medborgarlofte.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered bytes of the public read-only pages (home, counties, the map, kommun pages, published
 * promises) in memory, one entry per URL without parameters and language, and
 * serves them with a strong ETag, answering 304 to a matching {@code If-None-Match}. The pages are the same for
 * every visitor in a language, so one rendering serves them all.
 *
 * <p>It runs before the security and session filters, so a hit costs little more than a static file; the headers
 * those filters wrote on the first rendering (CSP and the other security headers) are stored and replayed.
 *
 * <p>Freshness: every change in the platform goes through the audit trail, which clears this cache when its
 * transaction commits. Another node learns of a change only when its own entries expire, so entries live a few
 * seconds ({@code medborgarlofte.page-cache.ttl-seconds}); 0 turns the cache off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PublicPageCache extends OncePerRequestFilter {

  private static final Pattern CACHEABLE =
      Pattern.compile("^/(|karta|om|lan/\\d{2}|kommuner/\\d{4}|loften/[0-9a-f-]{36})$");

  private record Entry(byte[] body, String contentType, Map<String, String> headers, String etag, long expiresAt) {}

  /** Headers that belong to one response or one visitor and must never be replayed. */
  private static final java.util.Set<String> NOT_REPLAYED = java.util.Set.of("set-cookie", "content-length",
      "content-type", "etag", "cache-control", "vary", "expires", "pragma", "date", "transfer-encoding");

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
  private final LocaleResolver locales;
  private final long ttlMillis;

  PublicPageCache(LocaleResolver locales, @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds) {
    this.locales = locales;
    this.ttlMillis = ttlSeconds * 1000;
  }

  /** Forgets every page; called after any change commits. */
  public void invalidateAll() {
    generation.incrementAndGet();
    entries.clear();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Only parameterless URLs: their number is bounded by the data, so the cache cannot be grown by a visitor.
    return ttlMillis <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null
        || !request.getParameterMap().isEmpty()
        || !CACHEABLE.matcher(request.getRequestURI()).matches() || hasSession(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Locale locale = locales.resolveLocale(request);
    String key = locale.getLanguage() + ' ' + request.getRequestURI();
    Entry entry = entries.get(key);
    // An expired page is rendered again by one request while the others keep getting the old bytes for those few
    // milliseconds; otherwise every request in flight would render it at once (measured: p99 up to 126 ms).
    boolean expired = entry != null && entry.expiresAt() < System.currentTimeMillis();
    boolean render = entry == null || (expired && refreshing.add(key));
    if (render) {
      try {
        entry = render(key, request, response, chain);
      } finally {
        refreshing.remove(key);
      }
      if (entry == null) {
        return;
      }
    }
    reply(entry, request, response);
  }

  /** Renders the page through the rest of the chain and keeps it; null when the answer is not a page to keep. */
  private Entry render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long startedAt = generation.get();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() != 200 || wrapper.getContentType() == null
        || !wrapper.getContentType().startsWith("text/html")) {
      wrapper.copyBodyToResponse();
      return null;
    }
    byte[] body = wrapper.getContentAsByteArray();
    Map<String, String> headers = new java.util.LinkedHashMap<>();
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
        System.currentTimeMillis() + ttlMillis);
    if (generation.get() == startedAt) {
      entries.put(key, entry); // not when a change committed while this was rendering: it may show the old state
    }
    wrapper.resetBuffer();
    return entry;
  }

  private static void reply(Entry entry, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    entry.headers().forEach(response::setHeader);
    response.setHeader("ETag", entry.etag());
    response.setHeader("Pragma", null);
    response.setHeader("Expires", null);
    response.setHeader("Vary", "Cookie");
    if (entry.etag().equals(request.getHeader("If-None-Match"))) {
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
