package se.medborgarlofte.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which kommun holds a point, answered from SCB's generalised boundaries (the same file as the maps) with JTS:
 * prepared polygons behind an STR-tree, so a lookup is a few bounding-box tests and one point-in-polygon test.
 * The boundaries are generalised, so a point within a few tens of metres of a border may be given to the neighbour.
 */
@Service
public class MunicipalityGeometry {

  private final GeometryFactory factory = new GeometryFactory();
  private final Map<String, PreparedGeometry> shapes = new LinkedHashMap<>();
  private final STRtree index = new STRtree();

  MunicipalityGeometry(JsonMapper json) {
    try (InputStream in = new ClassPathResource("data/municipality_boundaries_scb_2026.geojson").getInputStream()) {
      for (JsonNode feature : json.readTree(in).get("features")) {
        String code = feature.get("properties").get("kommun_code").asString();
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
          var rings = new ArrayList<org.locationtech.jts.geom.LinearRing>();
          for (JsonNode ring : polygon) {
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
              cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            rings.add(factory.createLinearRing(cs));
          }
          polygons.add(factory.createPolygon(rings.get(0),
              rings.subList(1, rings.size()).toArray(new org.locationtech.jts.geom.LinearRing[0])));
        }
        Geometry shape = factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
        shapes.put(code, PreparedGeometryFactory.prepare(shape));
        index.insert(shape.getEnvelopeInternal(), code);
      }
      index.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kommun whose boundary holds the WGS84 point, if any (a point at sea or abroad has none). */
  public Optional<String> municipalityAt(double latitude, double longitude) {
    Point point = factory.createPoint(new Coordinate(longitude, latitude));
    @SuppressWarnings("unchecked")
    List<String> candidates = index.query(point.getEnvelopeInternal());
    return candidates.stream().sorted().filter(code -> shapes.get(code).covers(point)).findFirst();
  }

  /** Does the kommun's boundary hold the point? False for an unknown code. */
  public boolean contains(String municipalityCode, double latitude, double longitude) {
    PreparedGeometry shape = shapes.get(municipalityCode);
    return shape != null && shape.covers(factory.createPoint(new Coordinate(longitude, latitude)));
  }

  /** The centre of the kommun's bounding box, as {latitude, longitude}; empty for an unknown code. */
  public Optional<double[]> centre(String municipalityCode) {
    PreparedGeometry shape = shapes.get(municipalityCode);
    if (shape == null) {
      return Optional.empty();
    }
    var c = shape.getGeometry().getEnvelopeInternal().centre();
    return Optional.of(new double[] {c.y, c.x});
  }
}
