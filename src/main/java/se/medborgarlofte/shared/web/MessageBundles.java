package se.medborgarlofte.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds every message bundle a module ships: each {@code messages/<name>_sv.properties} on the classpath (in any jar
 * or folder) is the bundle {@code messages/<name>}. The app loads exactly these and {@code MessageKeysTests} checks
 * exactly these, so a module's new bundle cannot pass the test yet be missing at run time.
 */
public final class MessageBundles {

  private MessageBundles() {}

  public static Set<String> discover() {
    try {
      Set<String> names = new TreeSet<>();
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_sv.properties")) {
        names.add("messages/" + r.getFilename().substring(0, r.getFilename().length() - "_sv.properties".length()));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the message bundles", e);
    }
  }
}
