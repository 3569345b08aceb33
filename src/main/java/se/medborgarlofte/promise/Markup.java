package se.medborgarlofte.promise;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The small safe markup of promise texts: CommonMark paragraphs, lists, emphasis and links. Raw HTML is escaped by
 * the renderer and the result is cleaned again with a jsoup safelist, so a {@code <script>} is shown as text.
 */
public final class Markup {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE = Safelist.basic().addTags("h3", "h4");
  private static final Document.OutputSettings XHTML = new Document.OutputSettings()
      .syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);

  private Markup() {}

  /** Safe HTML (also well-formed XML, for the PDF). */
  public static String toHtml(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String html = RENDERER.render(PARSER.parse(text));
    return Jsoup.clean(html, "", SAFE, XHTML);
  }
}
