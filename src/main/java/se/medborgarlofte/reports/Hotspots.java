package se.medborgarlofte.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.medborgarlofte.reports.KeptPoints.Points;
import se.medborgarlofte.reports.PlaceReportQueries.ReportPoint;

/**
 * Hotspots: the published reports of a kommun (in a time window, of one or every category) clustered per category
 * with {@link Dbscan} on a local metric projection, {@code eps} metres and {@code minCount} reports, ranked by count.
 * Documented in docs/architecture.md ("Hotspots"). The points come from {@link KeptPoints}, kept in memory, so a
 * computation reads no rows.
 */
@Service
public class Hotspots {

  private final KeptPoints points;
  private final HotspotSources sources;
  private final double eps;
  private final int minCount;
  /**
   * Answers per kommun, category and window, kept for a few seconds (like the public page cache) and dropped on
   * every public change on this node; other nodes see a change within the TTL. 0 turns it off.
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, List<Hotspot>> kept;

  Hotspots(KeptPoints points, HotspotSources sources, @Value("${medborgarlofte.reports.hotspot-distance-m:150}") double eps,
      @Value("${medborgarlofte.reports.hotspot-min-count:3}") int minCount,
      @Value("${medborgarlofte.page-cache.ttl-seconds:10}") long ttlSeconds) {
    this.points = points;
    this.sources = sources;
    this.eps = eps;
    this.minCount = minCount;
    this.kept = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(ttlSeconds > 0 ? 2_000 : 0)
        .expireAfterWrite(java.time.Duration.ofSeconds(Math.max(ttlSeconds, 1))).build();
  }

  /** Ranked hotspots of the kommun; category, from and to (days, inclusive) may be null. */
  public List<Hotspot> in(String municipalityCode, String category, LocalDate from, LocalDate to) {
    return kept.get(municipalityCode + '|' + category + '|' + from + '|' + to,
        k -> List.copyOf(compute(municipalityCode, category, from, to)));
  }

  private List<Hotspot> compute(String municipalityCode, String category, LocalDate from, LocalDate to) {
    Points all = points.of(municipalityCode);
    long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
    int[] chosen = new int[all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.epochDay[i] >= first && all.epochDay[i] <= last && (category == null
          || category.equals(all.category[i]))) {
        chosen[n++] = i;
      }
    }
    List<HotspotSources.Observation> others = sources.in(municipalityCode, from, to).stream()
        .filter(o -> category == null || category.equals(o.category())).toList();
    Sample sample = new Sample(n + others.size());
    for (int k = 0; k < n; k++) {
      int i = chosen[k];
      sample.set(k, all.id[i], all.category[i], all.latitude[i], all.longitude[i]);
    }
    for (int k = 0; k < others.size(); k++) {
      HotspotSources.Observation o = others.get(k);
      sample.set(n + k, key(o.source(), o.id()), o.category(), o.latitude(), o.longitude());
    }
    return rank(sample, eps, minCount);
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

  /**
   * A point's key: its source in the top bits and its id below, so reports come before dialogue entries before EST
   * observations and a hotspot is named by its oldest report when it has one.
   */
  static long key(HotspotSources.Source source, long id) {
    return ((long) source.ordinal() << 56) | id;
  }

  static String name(long key) {
    HotspotSources.Source source = HotspotSources.Source.values()[(int) (key >>> 56)];
    return "H-" + source.prefix + (key & ((1L << 56) - 1));
  }

  /** Points to cluster as columns; {@code id} (a {@link #key}) orders them and names a hotspot. */
  static final class Sample {
    final long[] id;
    final String[] category;
    final double[] latitude;
    final double[] longitude;

    Sample(int n) {
      id = new long[n];
      category = new String[n];
      latitude = new double[n];
      longitude = new double[n];
    }

    void set(int i, long id, String category, double latitude, double longitude) {
      this.id[i] = id;
      this.category[i] = category;
      this.latitude[i] = latitude;
      this.longitude[i] = longitude;
    }

    int size() {
      return id.length;
    }
  }

  static List<Hotspot> rank(List<ReportPoint> points, double eps, int minCount) {
    Sample sample = new Sample(points.size());
    for (int i = 0; i < points.size(); i++) {
      ReportPoint p = points.get(i);
      sample.set(i, p.id(), p.category(), p.latitude(), p.longitude());
    }
    return rank(sample, eps, minCount);
  }

  /** Clusters each category's points apart and ranks the clusters of all categories together. */
  static List<Hotspot> rank(Sample points, double eps, int minCount) {
    int total = points.size();
    Map<String, int[]> byCategory = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    double meanLat = 0;
    for (int i = 0; i < total; i++) {
      sizes.merge(points.category[i], 1, Integer::sum);
      meanLat += points.latitude[i] / total;
    }
    sizes.forEach((c, size) -> byCategory.put(c, new int[size]));
    Map<String, Integer> filled = new LinkedHashMap<>();
    for (int i = 0; i < total; i++) {
      int at = filled.merge(points.category[i], 1, Integer::sum) - 1;
      byCategory.get(points.category[i])[at] = i;
    }
    LocalProjection projection = new LocalProjection(meanLat);
    List<Hotspot> found = new ArrayList<>();
    for (var entry : byCategory.entrySet()) {
      int[] group = entry.getValue();
      double[] x = new double[group.length];
      double[] y = new double[group.length];
      for (int i = 0; i < group.length; i++) {
        x[i] = projection.x(points.longitude[group[i]]);
        y[i] = projection.y(points.latitude[group[i]]);
      }
      int[] labels = Dbscan.cluster(x, y, eps, minCount);
      int clusters = 0;
      for (int l : labels) {
        clusters = Math.max(clusters, l + 1);
      }
      double[] sx = new double[clusters];
      double[] sy = new double[clusters];
      int[] count = new int[clusters];
      int[][] bySource = new int[clusters][HotspotSources.Source.values().length];
      long[] oldest = new long[clusters];
      Arrays.fill(oldest, Long.MAX_VALUE);
      for (int i = 0; i < labels.length; i++) {
        int c = labels[i];
        if (c >= 0) {
          sx[c] += x[i];
          sy[c] += y[i];
          count[c]++;
          bySource[c][(int) (points.id[group[i]] >>> 56)]++;
          oldest[c] = Math.min(oldest[c], points.id[group[i]]);
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
        found.add(new Hotspot(name(oldest[c]), 0, entry.getKey(),
            centre(projection.latitude(sy[c] / count[c])),
            centre(projection.longitude(sx[c] / count[c])),
            Math.max(10, (int) Math.ceil(radius[c] / 10) * 10), count[c],
            Math.round(count[c] * 1000.0 / total) / 1000.0, bySource[c][0], bySource[c][1], bySource[c][2]));
      }
    }
    found.sort(Comparator.comparingInt(Hotspot::count).reversed().thenComparing(Hotspot::id));
    List<Hotspot> ranked = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Hotspot h = found.get(i);
      ranked.add(new Hotspot(h.id(), i + 1, h.category(), h.lat(), h.lon(), h.radiusMeters(), h.count(), h.share(),
          h.reports(), h.dialogueEntries(), h.estObservations()));
    }
    return ranked;
  }
}
