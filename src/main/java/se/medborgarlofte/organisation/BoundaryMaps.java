package se.medborgarlofte.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps drawn on the server as SVG from SCB's municipality boundaries: they work without JavaScript, print, and need
 * no tile server. Coordinates are projected with a plain cosine-of-latitude scaling, which is faithful enough at
 * the scale of a kommun or of Sweden for a locator map.
 */
@Service
public class BoundaryMaps {

  private static final double COS_LAT = Math.cos(Math.toRadians(62));

  private final Map<String, List<double[][]>> rings = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private volatile String nationalCache;

  BoundaryMaps(JsonMapper json) {
    try (InputStream in = new ClassPathResource("data/municipality_boundaries_scb_2026.geojson").getInputStream()) {
      JsonNode root = json.readTree(in);
      for (JsonNode feature : root.get("features")) {
        String code = feature.get("properties").get("kommun_code").asString();
        names.put(code, feature.get("properties").get("name").asString());
        List<double[][]> list = new ArrayList<>();
        for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
          JsonNode outer = polygon.get(0);
          double[][] ring = new double[outer.size()][];
          for (int i = 0; i < outer.size(); i++) {
            ring[i] = new double[] {outer.get(i).get(0).asDouble() * COS_LAT, -outer.get(i).get(1).asDouble()};
          }
          list.add(ring);
        }
        rings.put(code, list);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean has(String code) {
    return rings.containsKey(code);
  }

  private final Map<String, String> municipalityCache = new java.util.concurrent.ConcurrentHashMap<>();

  /** The kommun in colour among its neighbours, or an empty string for an unknown code. Built once per title. */
  public String municipality(String code, String title) {
    return municipalityCache.computeIfAbsent(code + '\n' + title, k -> draw(code, title));
  }

  /**
   * Where a WGS84 point falls on a kommun's map ({@link #municipality}), and back: lets another module draw markers
   * on the map or read a click on it, without knowing the projection.
   */
  public record MapFrame(double minX, double minY, double scale, double width, double height) {

    public double x(double longitude) {
      return Math.round((longitude * COS_LAT - minX) * scale * 10) / 10.0;
    }

    public double y(double latitude) {
      return Math.round((-latitude - minY) * scale * 10) / 10.0;
    }

    public double longitude(double x) {
      return (x / scale + minX) / COS_LAT;
    }

    public double latitude(double y) {
      return -(y / scale + minY);
    }
  }

  /** The frame of the kommun's map, or empty for an unknown code. */
  public java.util.Optional<MapFrame> frame(String code) {
    List<double[][]> own = rings.get(code);
    if (own == null) {
      return java.util.Optional.empty();
    }
    double[] box = bounds(own);
    double pad = Math.max(box[2] - box[0], box[3] - box[1]) * 0.12;
    double w = box[2] - box[0] + 2 * pad;
    double h = box[3] - box[1] + 2 * pad;
    double scale = 400 / Math.max(w, h);
    return java.util.Optional.of(new MapFrame(box[0] - pad, box[1] - pad, scale, w * scale, h * scale));
  }

  private String draw(String code, String title) {
    List<double[][]> own = rings.get(code);
    if (own == null) {
      return "";
    }
    MapFrame frame = frame(code).orElseThrow();
    double minX = frame.minX();
    double minY = frame.minY();
    double scale = frame.scale();
    double w = frame.width() / scale;
    double h = frame.height() / scale;
    StringBuilder svg = open(w * scale, h * scale, title, "map-" + code, "img");
    for (var entry : rings.entrySet()) {
      if (entry.getKey().equals(code) || !overlaps(bounds(entry.getValue()), minX, minY, w, h)) {
        continue;
      }
      svg.append("<path d=\"").append(path(entry.getValue(), minX, minY, scale, 1)).append("\"/>");
    }
    svg.append("<path class=\"this\" d=\"").append(path(own, minX, minY, scale, 1)).append("\"/>");
    return svg.append("</svg>").toString();
  }

  /** All 290 kommuner, each a link to its page, coloured by police region. Built once. */
  public String national(Function<String, String> regionOf, String title) {
    String cached = nationalCache;
    if (cached != null) {
      return cached;
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    rings.values().forEach(r -> merge(box, bounds(r)));
    double w = box[2] - box[0];
    double h = box[3] - box[1];
    double scale = 900 / h;
    // A group, not an image: it holds 290 links, and an image must not contain interactive content.
    StringBuilder svg = open(w * scale, h * scale, title, "map-sweden", "group");
    for (var entry : rings.entrySet()) {
      String name = HtmlUtils.htmlEscape(names.get(entry.getKey()), "UTF-8");
      svg.append("<a href=\"/kommuner/").append(entry.getKey()).append("\" aria-label=\"").append(name).append("\">")
          .append("<path class=\"region-").append(regionOf.apply(entry.getKey())).append("\" d=\"")
          .append(path(entry.getValue(), box[0], box[1], scale, 0.8)).append("\"><title>").append(name)
          .append("</title></path></a>");
    }
    nationalCache = svg.append("</svg>").toString();
    return nationalCache;
  }

  private static StringBuilder open(double width, double height, String title, String id, String role) {
    String t = HtmlUtils.htmlEscape(title, "UTF-8");
    return new StringBuilder(16_384).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"" + role + "\" viewBox=\"0 0 ")
        .append(Math.round(width)).append(' ').append(Math.round(height)).append("\" aria-labelledby=\"")
        .append(id).append("-title\"><title id=\"").append(id).append("-title\">").append(t).append("</title>");
  }

  /** One SVG path; points closer than {@code minStep} pixels to the previous one are dropped. */
  private static String path(List<double[][]> polygons, double minX, double minY, double scale, double minStep) {
    StringBuilder d = new StringBuilder();
    for (double[][] ring : polygons) {
      long lastX = Long.MIN_VALUE;
      long lastY = Long.MIN_VALUE;
      int written = 0;
      StringBuilder part = new StringBuilder();
      for (double[] p : ring) {
        long x = Math.round((p[0] - minX) * scale * 10);
        long y = Math.round((p[1] - minY) * scale * 10);
        if (written > 0 && Math.hypot(x - lastX, y - lastY) < minStep * 10) {
          continue;
        }
        part.append(written == 0 ? 'M' : 'L').append(x / 10.0).append(' ').append(y / 10.0);
        lastX = x;
        lastY = y;
        written++;
      }
      if (written >= 3) {
        d.append(part).append('Z');
      }
    }
    return d.toString();
  }

  private static double[] bounds(List<double[][]> polygons) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double[][] ring : polygons) {
      for (double[] p : ring) {
        box[0] = Math.min(box[0], p[0]);
        box[1] = Math.min(box[1], p[1]);
        box[2] = Math.max(box[2], p[0]);
        box[3] = Math.max(box[3], p[1]);
      }
    }
    return box;
  }

  private static void merge(double[] into, double[] box) {
    into[0] = Math.min(into[0], box[0]);
    into[1] = Math.min(into[1], box[1]);
    into[2] = Math.max(into[2], box[2]);
    into[3] = Math.max(into[3], box[3]);
  }

  private static boolean overlaps(double[] b, double minX, double minY, double w, double h) {
    return b[2] >= minX && b[0] <= minX + w && b[3] >= minY && b[1] <= minY + h;
  }
}
