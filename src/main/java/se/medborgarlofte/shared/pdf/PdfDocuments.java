package se.medborgarlofte.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders one Thymeleaf template into a tagged, accessible PDF.
 *
 * <ul>
 *   <li>The template is ordinary HTML5; jsoup makes it the well-formed XHTML openhtmltopdf needs.
 *   <li>The title and the language are set here, not left to each template: PDF/UA requires both, and screen
 *       readers pick the voice from the language.
 *   <li>Styles come from the classpath, never from the template (the CSP forbids inline styles in templates):
 *       {@code pdf/base.css} for every document, then {@code templates/<template>.css} if the document has one.
 *   <li>DejaVu Sans is embedded (å, ä and ö in every viewer; PDF/A forbids fonts that are not embedded).
 * </ul>
 */
@Service
public class PdfDocuments {

  static final String FONT_FAMILY = "DejaVu Sans";

  private final ITemplateEngine templates;
  private final byte[] regular = resource("fonts/DejaVuSans.ttf");
  private final byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
  private final String baseCss = text("pdf/base.css");
  // PDF/A needs an output intent; the JDK ships the sRGB profile, so no file of our own is needed.
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  PdfDocuments(ITemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * The document made from {@code template} (a view name such as {@code promise/pdf}) and {@code model}, in the
   * reader's language.
   */
  public byte[] render(String template, Map<String, ?> model, Locale locale, String title) {
    var html = Jsoup.parse(templates.process(template, new Context(locale, new HashMap<>(model))));
    html.title(title);
    html.root().child(0).attr("lang", locale.getLanguage());
    html.head().appendElement("style").text(baseCss + stylesheetOf(template));
    var xhtml = new W3CDom().fromJsoup(html);
    try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream(64 * 1024)) {
      new PdfRendererBuilder()
          .usePDDocument(pdf)
          .useFastMode()
          .usePdfUaAccessibility(true)
          .usePdfAConformance(PdfAConformance.PDFA_3_A)
          .useColorProfile(srgb)
          .useFont(new PDFontSupplier(font(pdf, regular)), FONT_FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(new PDFontSupplier(font(pdf, bold)), FONT_FAMILY, 700, FontStyle.NORMAL, true)
          .withW3cDocument(xhtml, null)
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render " + template + " as PDF", e);
    }
  }

  /**
   * DejaVu Sans's GSUB table maps "fi" and "fl" to the ligature glyphs U+FB01 and U+FB02, and PDFBox 3 applies the
   * font's Latin substitutions (ccmp, liga, clig) when it writes text. The PDF's ToUnicode map then gives the
   * ligature back, so copied or searched text reads "traﬁkmiljön". Switching off single GSUB features does not help
   * (PDFBox 3.0.3 ignores them on this path), so GSUB is switched off: Swedish and English need no shaping, and
   * å, ä and ö have their own glyphs.
   */
  private static PDType0Font font(PDDocument pdf, byte[] bytes) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    ttf.setEnableGsub(false);
    return PDType0Font.load(pdf, ttf, true);
  }

  private static String stylesheetOf(String template) {
    var css = new ClassPathResource("templates/" + template + ".css");
    return css.exists() ? "\n" + text(css.getPath()) : "";
  }

  private static String text(String path) {
    return new String(resource(path), StandardCharsets.UTF_8);
  }

  private static byte[] resource(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path + " missing from the jar", e);
    }
  }
}
