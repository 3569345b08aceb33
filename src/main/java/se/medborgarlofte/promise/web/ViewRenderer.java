package se.medborgarlofte.promise.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a Thymeleaf view to bytes instead of to the response, so the published page can be kept and served again
 * without rendering it twice. It renders through the live request, so the page's links and layout work as for any
 * view; PDFs need no request and go through {@code PdfDocuments}.
 */
@Component
class ViewRenderer {

  private final ThymeleafViewResolver resolver;

  ViewRenderer(ThymeleafViewResolver resolver) {
    this.resolver = resolver;
  }

  byte[] render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      View view = resolver.resolveViewName(viewName, locale);
      Capture capture = new Capture(response);
      view.render(model, request, capture);
      return capture.bytes();
    } catch (Exception e) {
      throw new IllegalStateException("could not render " + viewName, e);
    }
  }

  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    private PrintWriter writer;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {
          out.write(b);
        }
      };
    }

    // The kept bytes are sent later with their own headers: the view must not set the live response's.
    @Override
    public void setContentType(String type) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setLocale(Locale locale) {}

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    byte[] bytes() {
      flushBuffer();
      return out.toByteArray();
    }
  }
}
