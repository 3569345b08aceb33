package se.medborgarlofte.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.medborgarlofte.organisation.CurrentMember;

/**
 * Anonymous POSTs per client and minute (MEDBORGARLOFTE_PUBLIC_RATE_LIMIT, 0 = off). A fixed window per node is
 * enough to stop a script flooding public forms; signed-in users are not limited.
 */
@Component
class PublicRateLimit extends OncePerRequestFilter {

  private final int perMinute;
  private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile long window = currentWindow();

  PublicRateLimit(@Value("${medborgarlofte.public-rate-limit:30}") int perMinute) {
    this.perMinute = perMinute;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return perMinute <= 0 || !"POST".equals(request.getMethod()) || CurrentMember.get().isPresent();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = currentWindow();
    if (now != window) {
      window = now;
      counts.clear();
    }
    int count = counts.computeIfAbsent(request.getRemoteAddr(), k -> new AtomicInteger()).incrementAndGet();
    if (count > perMinute) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(60 - (System.currentTimeMillis() / 1000) % 60));
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("För många förfrågningar – försök igen om en minut. / Too many requests.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static long currentWindow() {
    return System.currentTimeMillis() / 60_000;
  }
}
