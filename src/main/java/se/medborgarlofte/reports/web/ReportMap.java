package se.medborgarlofte.reports.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.BoundaryMaps;
import se.medborgarlofte.organisation.BoundaryMaps.MapFrame;
import se.medborgarlofte.reports.Hotspot;
import se.medborgarlofte.reports.PublicReport;

/**
 * The kommun's server-drawn SVG map (organisation's {@link BoundaryMaps}) with the published reports as dots and the
 * hotspots as rings. Needs no script and no tiles; the same facts are in the tables beside it.
 */
@Component
class ReportMap {

  private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

  /** The map and the corners a script needs to read a click as a coordinate (equirectangular, so linear). */
  record Drawn(String svg, double north, double west, double south, double east, double width, double height) {}

  private final BoundaryMaps maps;

  ReportMap(BoundaryMaps maps) {
    this.maps = maps;
  }

  Drawn draw(String code, String title, List<PublicReport> reports, List<Hotspot> hotspots) {
    MapFrame frame = maps.frame(code).orElse(null);
    String base = maps.municipality(code, title);
    if (frame == null || base.isEmpty()) {
      return null;
    }
    StringBuilder marks = new StringBuilder();
    for (Hotspot h : hotspots) {
      double r = Math.abs(frame.y(h.lat()) - frame.y(h.lat() + h.radiusMeters() / METRES_PER_DEGREE_LATITUDE));
      marks.append(String.format(Locale.ROOT, "<circle class=\"hotspot\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
          frame.x(h.lon()), frame.y(h.lat()), Math.max(r, 5)));
      marks.append(String.format(Locale.ROOT, "<text class=\"hotspot-label\" x=\"%.1f\" y=\"%.1f\">%s</text>",
          frame.x(h.lon()) + Math.max(r, 5) + 2, frame.y(h.lat()) + 3, h.id()));
    }
    for (PublicReport p : reports) {
      if (p.lat() != null) {
        marks.append(String.format(Locale.ROOT, "<circle class=\"report report-%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>",
            p.status().toLowerCase(Locale.ROOT), frame.x(p.lon()), frame.y(p.lat())));
      }
    }
    String svg = base.substring(0, base.lastIndexOf("</svg>")) + marks + "</svg>";
    return new Drawn(svg, frame.latitude(0), frame.longitude(0), frame.latitude(frame.height()),
        frame.longitude(frame.width()), Math.round(frame.width()), Math.round(frame.height()));
  }
}
