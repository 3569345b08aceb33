package se.medborgarlofte.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.medborgarlofte.reports.PlaceReportQueries.ReportPoint;

/**
 * Hotspots: the published reports of a kommun (in a time window, of one or every category) clustered per category
 * with {@link Dbscan} on a local metric projection, {@code eps} metres and {@code minCount} reports, ranked by count.
 * Documented in docs/architecture.md ("Hotspots").
 */
@Service
public class Hotspots {

  private final PlaceReportQueries queries;
  private final double eps;
  private final int minCount;
  /**
   * Answers per kommun, category and window, kept for a few seconds (like the public page cache) and dropped on
   * every public change on this node; other nodes see a change within the TTL. 0 turns it off.
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, List<Hotspot>> kept;

  Hotspots(PlaceReportQueries queries, @Value("${medborgarlofte.reports.hotspot-distance-m:150}") double eps,
      @Value("${medborgarlofte.reports.hotspot-min-count:3}") int minCount,
      @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds) {
    this.queries = queries;
    this.eps = eps;
    this.minCount = minCount;
    this.kept = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(ttlSeconds > 0 ? 2_000 : 0)
        .expireAfterWrite(java.time.Duration.ofSeconds(Math.max(ttlSeconds, 1))).build();
  }

  /** Ranked hotspots of the kommun; category, from and to (days, inclusive) may be null. */
  public List<Hotspot> in(String municipalityCode, String category, LocalDate from, LocalDate to) {
    return kept.get(municipalityCode + '|' + category + '|' + from + '|' + to,
        k -> List.copyOf(rank(queries.points(municipalityCode, category, from, to), eps, minCount)));
  }

  /** After the change commits, so no request can keep the state from before it. */
  @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
  void forget(se.medborgarlofte.shared.plugin.PublicContentChanged changed) {
    kept.invalidateAll();
  }

  /**
   * A hotspot's centre to four decimals (about 11 m): the mean of at least {@code minCount} reports points out no
   * single reporter, and a coarser centre would no longer lie inside its own radius.
   */
  static double centre(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /** Clusters each category's points apart and ranks the clusters of all categories together. */
  static List<Hotspot> rank(List<ReportPoint> points, double eps, int minCount) {
    Map<String, List<ReportPoint>> byCategory = new LinkedHashMap<>();
    double meanLat = 0;
    for (ReportPoint p : points) {
      byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
      meanLat += p.latitude() / points.size();
    }
    LocalProjection projection = new LocalProjection(meanLat);
    List<Hotspot> found = new ArrayList<>();
    for (var entry : byCategory.entrySet()) {
      List<ReportPoint> group = entry.getValue();
      double[] x = new double[group.size()];
      double[] y = new double[group.size()];
      for (int i = 0; i < group.size(); i++) {
        x[i] = projection.x(group.get(i).longitude());
        y[i] = projection.y(group.get(i).latitude());
      }
      int[] labels = Dbscan.cluster(x, y, eps, minCount);
      int clusters = 0;
      for (int l : labels) {
        clusters = Math.max(clusters, l + 1);
      }
      double[] sx = new double[clusters];
      double[] sy = new double[clusters];
      int[] count = new int[clusters];
      long[] oldest = new long[clusters];
      java.util.Arrays.fill(oldest, Long.MAX_VALUE);
      for (int i = 0; i < labels.length; i++) {
        int c = labels[i];
        if (c >= 0) {
          sx[c] += x[i];
          sy[c] += y[i];
          count[c]++;
          oldest[c] = Math.min(oldest[c], group.get(i).id());
        }
      }
      double[] radius = new double[clusters];
      for (int i = 0; i < labels.length; i++) {
        int c = labels[i];
        if (c >= 0) {
          radius[c] = Math.max(radius[c], Math.hypot(x[i] - sx[c] / count[c], y[i] - sy[c] / count[c]));
        }
      }
      for (int c = 0; c < clusters; c++) {
        found.add(new Hotspot("H-" + oldest[c], 0, entry.getKey(),
            centre(projection.latitude(sy[c] / count[c])),
            centre(projection.longitude(sx[c] / count[c])),
            Math.max(10, (int) Math.ceil(radius[c] / 10) * 10), count[c],
            Math.round(count[c] * 1000.0 / points.size()) / 1000.0));
      }
    }
    found.sort(Comparator.comparingInt(Hotspot::count).reversed().thenComparing(Hotspot::id));
    List<Hotspot> ranked = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Hotspot h = found.get(i);
      ranked.add(new Hotspot(h.id(), i + 1, h.category(), h.lat(), h.lon(), h.radiusMeters(), h.count(), h.share()));
    }
    return ranked;
  }
}
