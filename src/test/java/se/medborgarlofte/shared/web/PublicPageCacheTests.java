package se.medborgarlofte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

class PublicPageCacheTests {

  final AtomicInteger renders = new AtomicInteger();
  String page = "<p>version 1</p>";

  FilterChain renderer(Runnable during) {
    return (request, response) -> {
      renders.incrementAndGet();
      during.run();
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    };
  }

  static MockHttpServletResponse get(PublicPageCache cache, String path, String ifNoneMatch, FilterChain chain)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    if (ifNoneMatch != null) {
      request.addHeader("If-None-Match", ifNoneMatch);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    cache.doFilter(request, response, chain);
    return response;
  }

  final MutableClock clock = new MutableClock();

  /** Time moves only when the test says so. */
  static final class MutableClock extends Clock {
    private long millis = 1_000_000;

    void advance(Duration d) {
      millis += d.toMillis();
    }

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Every URL but /admin is a public page here; in the app, {@code @PublicPage} on the handler decides. */
  PublicPageCache cache(long ttlSeconds) {
    return cache(ttlSeconds, 64 * 1024 * 1024);
  }

  PublicPageCache cache(long ttlSeconds, long maxBytes) {
    return new PublicPageCache(new CookieLocaleResolver("lang"), r -> !r.getRequestURI().startsWith("/admin"), clock,
        ttlSeconds, maxBytes);
  }

  @Test
  void aPageIsRenderedOnceThenServedWithAStrongEtagAnd304() throws Exception {
    PublicPageCache cache = cache(60);
    MockHttpServletResponse first = get(cache, "/kommuner/1278", null, renderer(() -> {}));
    MockHttpServletResponse second = get(cache, "/kommuner/1278", null, renderer(() -> {}));
    assertThat(renders).hasValue(1);
    assertThat(second.getContentAsString()).isEqualTo("<p>version 1</p>");
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
    MockHttpServletResponse conditional = get(cache, "/kommuner/1278", first.getHeader("ETag"), renderer(() -> {}));
    assertThat(conditional.getStatus()).isEqualTo(HttpServletResponse.SC_NOT_MODIFIED);
    assertThat(conditional.getContentLength()).isZero();
  }

  @Test
  void aChangeCommittedWhileRenderingIsNotHiddenByTheOldRendering() throws Exception {
    PublicPageCache cache = cache(60);
    get(cache, "/kommuner/1278", null, renderer(cache::invalidateAll));
    page = "<p>version 2</p>";
    assertThat(get(cache, "/kommuner/1278", null, renderer(() -> {})).getContentAsString()).contains("version 2");
    assertThat(renders).hasValue(2);
  }

  @Test
  void anExpiredPageIsRefreshedByOneRequestWhileOthersGetTheOldBytes() throws Exception {
    PublicPageCache cache = cache(1);
    get(cache, "/kommuner/1278", null, renderer(() -> {}));
    clock.advance(Duration.ofMillis(1001));
    page = "<p>version 2</p>";
    String[] seenDuringRefresh = new String[1];
    get(cache, "/kommuner/1278", null, renderer(() -> {
      try {
        seenDuringRefresh[0] = get(cache, "/kommuner/1278", null, renderer(() -> {})).getContentAsString();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
    assertThat(seenDuringRefresh[0]).isEqualTo("<p>version 1</p>");
    assertThat(renders).as("the concurrent request did not render").hasValue(2);
    assertThat(get(cache, "/kommuner/1278", null, renderer(() -> {})).getContentAsString()).contains("version 2");
  }

  @Test
  void onlyParameterlessPublicPagesAreKept() throws Exception {
    PublicPageCache cache = cache(60);
    MockHttpServletRequest search = new MockHttpServletRequest("GET", "/");
    search.setParameter("q", "Båstad");
    search.setQueryString("q=B%C3%A5stad");
    MockHttpServletRequest admin = new MockHttpServletRequest("GET", "/admin");
    for (MockHttpServletRequest request : new MockHttpServletRequest[] {search, admin, search}) {
      cache.doFilter(request, new MockHttpServletResponse(), renderer(() -> {}));
    }
    assertThat(renders).hasValue(3);
  }

  @Test
  void aPageIsFreshUntilItsTtlThenRenderedAgain() throws Exception {
    PublicPageCache cache = cache(10);
    get(cache, "/karta", null, renderer(() -> {}));
    clock.advance(Duration.ofSeconds(9));
    get(cache, "/karta", null, renderer(() -> {}));
    assertThat(renders).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    get(cache, "/karta", null, renderer(() -> {}));
    assertThat(renders).hasValue(2);
  }

  @Test
  void whenRenderingFailsTheKeptPageIsServedStale() throws Exception {
    PublicPageCache cache = cache(1);
    get(cache, "/kommuner/1278", null, renderer(() -> {}));
    clock.advance(Duration.ofSeconds(5));
    FilterChain failing = (request, response) -> {
      renders.incrementAndGet();
      ((HttpServletResponse) response).setStatus(503);
    };
    MockHttpServletResponse stale = get(cache, "/kommuner/1278", null, failing);
    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(stale.getContentAsString()).isEqualTo("<p>version 1</p>");
    assertThat(renders).hasValue(2);
  }

  @Test
  void theCacheIsBoundedByBytes() throws Exception {
    PublicPageCache cache = cache(60, 200_000);
    page = "x".repeat(10_000);
    for (int i = 0; i < 100; i++) {
      get(cache, "/kommuner/" + (1000 + i), null, renderer(() -> {}));
    }
    cache.cleanUp();
    assertThat(cache.size()).isLessThan(20);
  }

  @Test
  void aPublicContentChangeOutsideATransactionClearsAtOnce() throws Exception {
    PublicPageCache cache = cache(60);
    get(cache, "/om", null, renderer(() -> {}));
    cache.on(new se.medborgarlofte.shared.plugin.PublicContentChanged("test"));
    get(cache, "/om", null, renderer(() -> {}));
    assertThat(renders).hasValue(2);
  }
}
