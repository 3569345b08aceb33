package se.medborgarlofte.shared.plugin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One outside origin a module's pages load from, declared as a bean and added to the site's Content-Security-Policy
 * in that one directive: for example the map tile server a deployment configures, in {@code img-src}. Only
 * {@code img-src} and {@code connect-src} may be widened, and only by a bare origin (scheme, host, optional port),
 * never by a wildcard, a path or a keyword.
 *
 * @param directive {@code img-src} or {@code connect-src}
 * @param origin e.g. {@code https://minkarta.lantmateriet.se}
 */
public record ContentSource(String directive, String origin) {

  public static final List<String> DIRECTIVES = List.of("img-src", "connect-src");
  private static final Pattern ORIGIN = Pattern.compile("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$");

  public ContentSource {
    if (!DIRECTIVES.contains(directive)) {
      throw new IllegalArgumentException("a module may widen only " + DIRECTIVES + ", not " + directive);
    }
    if (origin == null || !ORIGIN.matcher(origin).matches()) {
      throw new IllegalArgumentException("not a bare origin (scheme://host[:port]): " + origin);
    }
  }
}
