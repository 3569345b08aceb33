package se.medborgarlofte.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.shared.plugin.DemoLoader;
import se.medborgarlofte.shared.plugin.MenuEntry;
import se.medborgarlofte.shared.plugin.Stylesheet;

/**
 * What both layouts read from the modules' contributions, as {@code ${@siteLayout…}} so that every page has it,
 * error pages and kept renderings included: the stylesheets (each link carries a fingerprint of the files computed
 * once at start, so browsers cache them for a week yet see a new version at once), the public menu, and whether demo
 * data is on (every page then says so).
 */
@Component("siteLayout")
class SiteLayout {

  private final List<String> stylesheets;
  private final List<MenuEntry> publicMenu;
  private final boolean demo;

  SiteLayout(List<Stylesheet> sheets, List<MenuEntry> entries, ObjectProvider<DemoLoader> demoLoaders) {
    List<Stylesheet> ordered = sheets.stream().sorted(Comparator.comparingInt(Stylesheet::order)).toList();
    String version = fingerprint(ordered.stream().map(s -> "static" + s.path()).toArray(String[]::new));
    this.stylesheets = ordered.stream().map(s -> s.path() + "?v=" + version).toList();
    this.publicMenu = entries.stream().filter(e -> e.menu() == MenuEntry.Menu.PUBLIC)
        .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
    this.demo = demoLoaders.stream().findAny().isPresent();
  }

  public List<String> stylesheets() {
    return stylesheets;
  }

  public List<MenuEntry> publicMenu() {
    return publicMenu;
  }

  public boolean demo() {
    return demo;
  }

  static String fingerprint(String... resources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String resource : resources) {
        ClassPathResource file = new ClassPathResource(resource);
        if (!file.exists()) {
          throw new IllegalStateException("stylesheet " + resource + " is contributed but not on the classpath");
        }
        try (InputStream in = file.getInputStream()) {
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
