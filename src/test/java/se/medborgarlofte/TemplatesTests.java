package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CSP allows no inline script or style, so no template may contain one: the browser would silently drop it.
 * (Browser tests bypass the CSP to inject axe-core, so this static check is what guards it.) PDF templates are held
 * to the same rule: their styles come from the classpath ({@code PdfDocuments}), so none needs an exception.
 */
class TemplatesTests {

  static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
  static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style=", Pattern.CASE_INSENSITIVE);
  static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+=\"", Pattern.CASE_INSENSITIVE);
  static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);

  @Test
  void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file);
        for (Pattern p : List.of(INLINE_SCRIPT, STYLE_ATTRIBUTE, EVENT_HANDLER, STYLE_ELEMENT)) {
          if (p.matcher(html).find()) {
            offences.add(file + " matches " + p.pattern());
          }
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void thePatternsCatchWhatTheyShould() {
    assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
    assertThat(INLINE_SCRIPT.matcher("<script src=\"/x.js\" defer></script>").find()).isFalse();
    assertThat(STYLE_ATTRIBUTE.matcher("<p style=\"color:red\">").find()).isTrue();
    assertThat(EVENT_HANDLER.matcher("<a onclick=\"x()\">").find()).isTrue();
  }
}
