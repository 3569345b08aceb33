package se.medborgarlofte.promise.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the rendered document view into a PDF. jsoup makes the HTML5 well-formed for openhtmltopdf, and DejaVu Sans
 * (shipped in resources/fonts with its licence) is embedded so å, ä and ö survive in every viewer.
 */
@Component
class PromisePdf {

  private final byte[] regular = font("fonts/DejaVuSans.ttf");
  private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");
  private final String css = new String(font("pdf/promise.css"), StandardCharsets.UTF_8);

  byte[] fromHtml(byte[] html, String baseUri) {
    var parsed = Jsoup.parse(new String(html, StandardCharsets.UTF_8), baseUri);
    parsed.head().appendElement("style").text(css);
    var document = new W3CDom().fromJsoup(parsed);
    try (var out = new ByteArrayOutputStream(64 * 1024)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new java.io.ByteArrayInputStream(regular), "DejaVu Sans", 400,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(bold), "DejaVu Sans", 700,
          PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.withW3cDocument(document, baseUri);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] font(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path + " missing from the jar", e);
    }
  }
}
