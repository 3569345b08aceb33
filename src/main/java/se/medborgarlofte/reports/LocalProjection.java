package se.medborgarlofte.reports;

/**
 * An equirectangular projection around a reference latitude: x and y in metres. Over a kommun (tens of kilometres)
 * its distances are off by well under 1 %, which is far below the resolution that hotspots need.
 */
final class LocalProjection {

  static final double EARTH_RADIUS = 6_371_008.8;

  private final double cosLat;

  LocalProjection(double referenceLatitude) {
    this.cosLat = Math.cos(Math.toRadians(referenceLatitude));
  }

  double x(double longitude) {
    return Math.toRadians(longitude) * EARTH_RADIUS * cosLat;
  }

  double y(double latitude) {
    return Math.toRadians(latitude) * EARTH_RADIUS;
  }

  double longitude(double x) {
    return Math.toDegrees(x / (EARTH_RADIUS * cosLat));
  }

  double latitude(double y) {
    return Math.toDegrees(y / EARTH_RADIUS);
  }

  static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    LocalProjection p = new LocalProjection((lat1 + lat2) / 2);
    return Math.hypot(p.x(lon1) - p.x(lon2), p.y(lat1) - p.y(lat2));
  }
}
