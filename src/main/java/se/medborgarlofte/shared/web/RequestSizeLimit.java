package se.medborgarlofte.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413 before anything reads it: a declared
 * {@code Content-Length} is checked at once, a chunked body is counted while it is read. JSON and forms are small
 * ({@code medborgarlofte.max-body-kilobytes}, 512 KB); file uploads (multipart, CSV) may be larger
 * ({@code medborgarlofte.max-upload-megabytes}, 20 MB), or what a module declares for its paths
 * ({@link se.medborgarlofte.shared.plugin.UploadLimit}). Measured before: a 25 MB JSON body was parsed in full.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBody;
  private final long maxUpload;
  private final java.util.List<se.medborgarlofte.shared.plugin.UploadLimit> larger;
  private final org.springframework.util.AntPathMatcher paths = new org.springframework.util.AntPathMatcher();

  RequestSizeLimit(@Value("${medborgarlofte.max-body-kilobytes:512}") long maxBodyKilobytes,
      @Value("${medborgarlofte.max-upload-megabytes:20}") long maxUploadMegabytes,
      java.util.List<se.medborgarlofte.shared.plugin.UploadLimit> larger) {
    this.maxBody = maxBodyKilobytes * 1024;
    this.maxUpload = maxUploadMegabytes * 1024 * 1024;
    this.larger = java.util.List.copyOf(larger);
  }

  /** The upload limit of this path: a module's own, declared as an {@code UploadLimit}, or the house's. */
  private long uploadLimit(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return larger.stream().filter(l -> paths.match(l.pathPattern(), path))
        .mapToLong(l -> l.megabytes() * 1024 * 1024).max().orElse(maxUpload);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = isUpload(request) ? uploadLimit(request) : maxBody;
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, limit);
      return;
    }
    try {
      chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Counted(request, limit), response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (causedByTooLarge(e) && !response.isCommitted()) {
        response.reset();
        refuse(request, response, limit);
        return;
      }
      throw e;
    }
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && (type.startsWith("multipart/") || type.startsWith("text/csv")
        || type.startsWith("application/octet-stream"));
  }

  /** Also asked by ErrorHandling: a JSON reader meets the limit first and wraps it in its own exception. */
  static boolean causedByTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    response.setStatus(413);
    response.setHeader("Connection", "close");
    String detail = "the request body is larger than " + limit / 1024 + " KB";
    if (ErrorHandling.isApi(request)) {
      response.setContentType("application/problem+json");
      response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
          + "\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "")
          + "\",\"errors\":[{\"field\":\"body\",\"message\":\"" + detail + "\"}]}").getBytes(StandardCharsets.UTF_8));
    } else {
      response.setContentType("text/plain;charset=UTF-8");
      response.getOutputStream().write(("För stor förfrågan / " + detail).getBytes(StandardCharsets.UTF_8));
    }
  }

  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  /** A body of unknown length, counted as it is read. */
  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
              throw new TooLarge(limit);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0 && (read += n) > limit) {
              throw new TooLarge(limit);
            }
            return n;
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
