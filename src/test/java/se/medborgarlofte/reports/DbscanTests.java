package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.reports.PlaceReportQueries.ReportPoint;

/** DBSCAN on constructed point sets: known clusters found, noise left out, the same answer in any order. */
class DbscanTests {

  /** {@code n} points in a disc of {@code radius} metres around (x, y). */
  static void blob(List<double[]> points, Random random, double x, double y, double radius, int n) {
    for (int i = 0; i < n; i++) {
      double r = radius * Math.sqrt(random.nextDouble());
      double a = random.nextDouble() * 2 * Math.PI;
      points.add(new double[] {x + r * Math.cos(a), y + r * Math.sin(a)});
    }
  }

  static int[] run(List<double[]> points, double eps, int minPoints) {
    double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
    return Dbscan.cluster(x, y, eps, minPoints);
  }

  @Test
  void findsTwoKnownClustersAndLeavesIsolatedPointsAsNoise() {
    Random random = new Random(1);
    List<double[]> points = new ArrayList<>();
    blob(points, random, 0, 0, 80, 30);
    blob(points, random, 5_000, 5_000, 80, 20);
    // Isolated points, each kilometres from everything else.
    for (int i = 0; i < 10; i++) {
      points.add(new double[] {20_000 + i * 3_000, -10_000});
    }
    int[] labels = run(points, 150, 5);
    for (int i = 0; i < 30; i++) {
      assertThat(labels[i]).isEqualTo(0);
    }
    for (int i = 30; i < 50; i++) {
      assertThat(labels[i]).isEqualTo(1);
    }
    for (int i = 50; i < 60; i++) {
      assertThat(labels[i]).isEqualTo(Dbscan.NOISE);
    }
  }

  @Test
  void aChainOfCorePointsIsOneClusterAndTooFewPointsAreNone() {
    List<double[]> chain = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      chain.add(new double[] {i * 50.0, 0});
    }
    int[] labels = run(chain, 120, 3);
    assertThat(labels).containsOnly(0);
    List<double[]> pair = List.of(new double[] {0, 0}, new double[] {10, 0});
    assertThat(run(pair, 150, 3)).containsOnly(Dbscan.NOISE);
  }

  @Test
  void theSameClustersInAnyOrder() {
    Random random = new Random(7);
    List<double[]> points = new ArrayList<>();
    blob(points, random, 0, 0, 300, 200);
    blob(points, random, 1_000, 0, 200, 150);
    for (int i = 0; i < 300; i++) {
      points.add(new double[] {random.nextDouble() * 8_000, random.nextDouble() * 8_000});
    }
    Set<Set<String>> first = partition(points, run(points, 120, 6));
    List<double[]> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(99));
    assertThat(partition(shuffled, run(shuffled, 120, 6))).isEqualTo(first);
    assertThat(run(points, 120, 6)).isEqualTo(run(points, 120, 6));
  }

  @Test
  void agreesWithAPlainAllPairsDbscanOnRandomPoints() {
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      List<double[]> points = new ArrayList<>();
      for (int b = 0; b < 6; b++) {
        blob(points, random, random.nextDouble() * 3_000, random.nextDouble() * 3_000, 50 + random.nextDouble() * 200,
            10 + random.nextInt(60));
      }
      for (int i = 0; i < 200; i++) {
        points.add(new double[] {random.nextDouble() * 3_000, random.nextDouble() * 3_000});
      }
      assertThat(partition(points, run(points, 100, 5))).isEqualTo(partition(points, allPairs(points, 100, 5)));
    }
  }

  @Test
  void theDenseGridAndTheSparseGridGiveTheSameLabels() {
    Random random = new Random(5);
    List<double[]> points = new ArrayList<>();
    for (int b = 0; b < 20; b++) {
      blob(points, random, random.nextDouble() * 20_000 - 10_000, random.nextDouble() * 20_000 - 10_000,
          100 + random.nextDouble() * 300, 20 + random.nextInt(100));
    }
    for (int i = 0; i < 2_000; i++) {
      points.add(new double[] {random.nextDouble() * 20_000 - 10_000, random.nextDouble() * 20_000 - 10_000});
    }
    double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
    int[] dense = Dbscan.cluster(x, y, 150, 4, Dbscan.DENSE_CELLS);
    // A limit of one cell forces the hash map of occupied cells.
    int[] sparse = Dbscan.cluster(x, y, 150, 4, 1);
    assertThat(sparse).isEqualTo(dense);
    assertThat(partition(points, dense)).isEqualTo(partition(points, allPairs(points, 150, 4)));
    assertThat(Dbscan.cluster(new double[0], new double[0], 150, 4)).isEmpty();
  }

  @Test
  void hotspotsAreRankedPerCategoryWithStableIdsSharesAndRadii() {
    List<ReportPoint> points = new ArrayList<>();
    long id = 100;
    // Five speeding reports within ~30 m at Båstad station, three lighting reports at Torekov, one stray report.
    for (int i = 0; i < 5; i++) {
      points.add(new ReportPoint(id++, "speeding", 56.4275 + i * 0.0001, 12.8492));
    }
    for (int i = 0; i < 3; i++) {
      points.add(new ReportPoint(id++, "poor-lighting", 56.4380, 12.6700 + i * 0.0002));
    }
    points.add(new ReportPoint(id++, "speeding", 56.40, 12.90));
    // Lighting reports at the station do not join the speeding hotspot.
    points.add(new ReportPoint(id++, "poor-lighting", 56.4276, 12.8492));
    List<Hotspot> hotspots = Hotspots.rank(points, 150, 3);
    assertThat(hotspots).hasSize(2);
    Hotspot first = hotspots.get(0);
    assertThat(first.id()).isEqualTo("H-100");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.category()).isEqualTo("speeding");
    assertThat(first.count()).isEqualTo(5);
    assertThat(first.share()).isEqualTo(0.5);
    assertThat(first.lat()).isEqualTo(56.4277);
    assertThat(first.lon()).isEqualTo(12.8492);
    assertThat(first.radiusMeters()).isEqualTo(30);
    assertThat(first.covers(56.4276, 12.8492)).isTrue();
    assertThat(first.covers(56.40, 12.90)).isFalse();
    assertThat(hotspots.get(1).id()).isEqualTo("H-105");
    assertThat(hotspots.get(1).count()).isEqualTo(3);
    // A new report joining the hotspot keeps its id.
    points.add(new ReportPoint(id++, "speeding", 56.4276, 12.8493));
    assertThat(Hotspots.rank(points, 150, 3).get(0).id()).isEqualTo("H-100");
  }

  /** The textbook algorithm with every pair compared; border points go to their nearest core point's cluster. */
  static int[] allPairs(List<double[]> points, double eps, int minPoints) {
    int n = points.size();
    boolean[] core = new boolean[n];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int j = 0; j < n; j++) {
        if (distance(points, i, j) <= eps) {
          count++;
        }
      }
      core[i] = count >= minPoints;
    }
    int[] component = new int[n];
    java.util.Arrays.fill(component, -1);
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (!core[i] || component[i] >= 0) {
        continue;
      }
      List<Integer> stack = new ArrayList<>(List.of(i));
      component[i] = next;
      while (!stack.isEmpty()) {
        int p = stack.remove(stack.size() - 1);
        for (int q = 0; q < n; q++) {
          if (core[q] && component[q] < 0 && distance(points, p, q) <= eps) {
            component[q] = next;
            stack.add(q);
          }
        }
      }
      next++;
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      if (core[i]) {
        labels[i] = component[i];
        continue;
      }
      int best = -1;
      double bestDistance = Double.MAX_VALUE;
      for (int q = 0; q < n; q++) {
        double d = distance(points, i, q);
        if (core[q] && d <= eps && d < bestDistance) {
          best = q;
          bestDistance = d;
        }
      }
      labels[i] = best < 0 ? Dbscan.NOISE : component[best];
    }
    return labels;
  }

  static double distance(List<double[]> points, int i, int j) {
    return Math.hypot(points.get(i)[0] - points.get(j)[0], points.get(i)[1] - points.get(j)[1]);
  }

  /** Clusters as sets of points (by their coordinates), so label numbers and order do not matter; noise apart. */
  static Set<Set<String>> partition(List<double[]> points, int[] labels) {
    Map<Integer, Set<String>> clusters = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      String key = labels[i] == Dbscan.NOISE ? "noise" : String.valueOf(labels[i]);
      clusters.computeIfAbsent(labels[i], l -> new HashSet<>()).add(points.get(i)[0] + "," + points.get(i)[1]
          + (key.equals("noise") ? "/noise" : ""));
    }
    return new HashSet<>(clusters.values());
  }
}
