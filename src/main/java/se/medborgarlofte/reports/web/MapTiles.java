package se.medborgarlofte.reports.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The optional tile layer of the report form's map: {@code MEDBORGARLOFTE_MAP_TILES_URL}, a Leaflet URL template
 * such as {@code https://tiles.example.se/{z}/{x}/{y}.png}, with {@code MEDBORGARLOFTE_MAP_TILES_ATTRIBUTION} naming
 * the map data's owner. Unset, the form keeps its server-drawn SVG map and loads nothing from outside; set, the CSP
 * allows images from that one origin ({@link ReportsWeb#mapTilesSource}) and nothing else from it.
 */
@Component
class MapTiles {

  private static final Pattern ORIGIN = Pattern.compile("^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?)([/?].*)?$");

  private final String url;
  private final String attribution;

  MapTiles(@Value("${medborgarlofte.map.tiles-url:}") String url,
      @Value("${medborgarlofte.map.tiles-attribution:}") String attribution) {
    this.url = url == null ? "" : url.strip();
    this.attribution = attribution == null ? "" : attribution.strip();
    if (enabled()) {
      origin(this.url);
    }
  }

  boolean enabled() {
    return !url.isEmpty();
  }

  String url() {
    return url;
  }

  /** The data's owner as the map credits it; the tile server's host when none is configured. */
  String attribution() {
    return attribution.isEmpty() ? origin(url).replaceFirst("^https?://", "") : attribution;
  }

  /** The scheme, host and port of a tile URL template; refused at start-up when it has none. */
  static String origin(String url) {
    Matcher m = ORIGIN.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("MEDBORGARLOFTE_MAP_TILES_URL must start with http(s)://host[:port]/, "
          + "e.g. https://tiles.example.se/{z}/{x}/{y}.png; it is " + url);
    }
    return m.group(1);
  }
}
