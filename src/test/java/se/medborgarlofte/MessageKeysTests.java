package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.web.MessageBundles;

/** Every text exists in Swedish and English, and every key a template or controller uses exists. */
class MessageKeysTests {

  @Test
  void everyBundleHasTheSameKeysInSwedishAndEnglish() throws IOException {
    for (String bundle : bundles()) {
      Set<String> sv = keys(bundle + "_sv.properties");
      Set<String> en = keys(bundle + "_en.properties");
      assertThat(difference(sv, en)).as("keys in %s_sv but missing in _en", bundle).isEmpty();
      assertThat(difference(en, sv)).as("keys in %s_en but missing in _sv", bundle).isEmpty();
      assertThat(sv).as("bundle %s is not empty", bundle).isNotEmpty();
    }
  }

  @Test
  void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String bundle : bundles()) {
      known.addAll(keys(bundle + "_sv.properties"));
    }
    Set<String> used = new TreeSet<>();
    Pattern inTemplate = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = inTemplate.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher flash = Pattern.compile("addFlashAttribute\\(\"flashKey\", \"([^\"]+)\"\\)").matcher(source);
        while (flash.find()) {
          used.add(flash.group(1));
        }
        Matcher message = Pattern.compile("getMessage\\(\"([^\"]+)\"").matcher(source);
        while (message.find()) {
          used.add(message.group(1));
        }
      }
    }
    assertThat(difference(used, known)).as("message keys used but not defined").isEmpty();
  }

  @Test
  void missingKeyIsDetected() {
    assertThat(difference(Set.of("a", "b"), Set.of("a"))).containsExactly("b");
  }

  /** The same discovery the app's MessageSource uses, so a bundle the test checks is a bundle the app loads. */
  private static Set<String> bundles() {
    Set<String> names = MessageBundles.discover();
    assertThat(names).contains("messages/messages", "messages/promise");
    return names;
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (var in = MessageKeysTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " exists").isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
