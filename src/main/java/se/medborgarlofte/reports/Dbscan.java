package se.medborgarlofte.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * DBSCAN (Ester et al. 1996) on points in metres, with a grid index so 100 000 points cluster in tens of
 * milliseconds. The grid's cells are {@code eps/√2} wide, so any two points in one cell are neighbours: a cell with
 * at least {@code minPoints} points holds only core points, and two cells can only hold neighbours when they are at
 * most two cells apart. Apache Commons Math's {@code DBSCANClusterer} gives the same clusters but compares every
 * pair of points (10¹⁰ distances for 100 000 points), hence this.
 *
 * <p>A point is <em>core</em> when at least {@code minPoints} points (itself included) lie within {@code eps}.
 * Core points within {@code eps} of each other share a cluster; a non-core point within {@code eps} of a core point
 * joins the cluster of the nearest such point (ties: the lower index); every other point is noise. The result
 * depends only on the points and their order: clusters are numbered by their lowest point index.
 */
final class Dbscan {

  static final int NOISE = -1;

  private Dbscan() {}

  /** The cluster of each point (0, 1, …) or {@link #NOISE}. */
  static int[] cluster(double[] x, double[] y, double eps, int minPoints) {
    int n = x.length;
    double cellSize = eps / Math.sqrt(2);
    double eps2 = eps * eps;
    // Cells: points sorted by cell key, each cell a run [start, end) of that order.
    long[] keys = new long[n];
    Integer[] byCell = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key((long) Math.floor(x[i] / cellSize), (long) Math.floor(y[i] / cellSize));
      byCell[i] = i;
    }
    Arrays.sort(byCell, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = byCell[i];
    }
    Map<Long, int[]> cells = new HashMap<>();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && keys[order[j]] == keys[order[i]]) {
        j++;
      }
      cells.put(keys[order[i]], new int[] {i, j});
      i = j;
    }
    // Core points.
    boolean[] core = new boolean[n];
    for (int[] run : cells.values()) {
      int size = run[1] - run[0];
      for (int k = run[0]; k < run[1]; k++) {
        int p = order[k];
        core[p] = size >= minPoints || countNeighbours(p, x, y, eps2, minPoints, cellSize, cells, order) >= minPoints;
      }
    }
    // Clusters of core points: union-find over neighbouring core points, cell pair by cell pair.
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (var entry : cells.entrySet()) {
      int[] run = entry.getValue();
      int first = firstCore(run, order, core);
      if (first < 0) {
        continue;
      }
      // Inside one cell every pair is within eps.
      for (int k = run[0]; k < run[1]; k++) {
        if (core[order[k]]) {
          union(parent, first, order[k]);
        }
      }
      long cx = entry.getKey() >> 32;
      long cy = (int) (long) entry.getKey();
      for (long dx = -2; dx <= 2; dx++) {
        for (long dy = -2; dy <= 2; dy++) {
          if ((dx == 0 && dy == 0) || (Math.abs(dx) == 2 && Math.abs(dy) == 2)) {
            continue;
          }
          int[] other = cells.get(key(cx + dx, cy + dy));
          int otherCore = firstCore(other, order, core);
          if (otherCore < 0 || find(parent, first) == find(parent, otherCore)) {
            continue;
          }
          if (anyCorePairWithin(run, other, order, core, x, y, eps2)) {
            union(parent, first, otherCore);
          }
        }
      }
    }
    // Labels: core points by their root; border points by their nearest core point; noise.
    int[] label = new int[n];
    Arrays.fill(label, NOISE);
    Map<Integer, Integer> numberOfRoot = new HashMap<>();
    int[] rootOf = new int[n];
    for (int i = 0; i < n; i++) {
      rootOf[i] = core[i] ? find(parent, i) : -1;
    }
    int[] nearestCore = new int[n];
    for (int i = 0; i < n; i++) {
      nearestCore[i] = core[i] ? i : nearestCore(i, x, y, eps2, cellSize, cells, order, core);
    }
    for (int i = 0; i < n; i++) {
      if (nearestCore[i] >= 0) {
        int root = rootOf[nearestCore[i]];
        label[i] = numberOfRoot.computeIfAbsent(root, r -> numberOfRoot.size());
      }
    }
    return label;
  }

  private static long key(long cx, long cy) {
    return (cx << 32) | (cy & 0xffffffffL);
  }

  private static int firstCore(int[] run, int[] order, boolean[] core) {
    if (run == null) {
      return -1;
    }
    for (int k = run[0]; k < run[1]; k++) {
      if (core[order[k]]) {
        return order[k];
      }
    }
    return -1;
  }

  private static int countNeighbours(int p, double[] x, double[] y, double eps2, int enough, double cellSize,
      Map<Long, int[]> cells, int[] order) {
    long cx = (long) Math.floor(x[p] / cellSize);
    long cy = (long) Math.floor(y[p] / cellSize);
    int count = 0;
    for (long dx = -2; dx <= 2; dx++) {
      for (long dy = -2; dy <= 2; dy++) {
        int[] run = cells.get(key(cx + dx, cy + dy));
        if (run == null) {
          continue;
        }
        for (int k = run[0]; k < run[1]; k++) {
          int q = order[k];
          double ddx = x[p] - x[q];
          double ddy = y[p] - y[q];
          if (ddx * ddx + ddy * ddy <= eps2 && ++count >= enough) {
            return count;
          }
        }
      }
    }
    return count;
  }

  private static boolean anyCorePairWithin(int[] a, int[] b, int[] order, boolean[] core, double[] x, double[] y,
      double eps2) {
    for (int i = a[0]; i < a[1]; i++) {
      int p = order[i];
      if (!core[p]) {
        continue;
      }
      for (int j = b[0]; j < b[1]; j++) {
        int q = order[j];
        if (core[q]) {
          double dx = x[p] - x[q];
          double dy = y[p] - y[q];
          if (dx * dx + dy * dy <= eps2) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int nearestCore(int p, double[] x, double[] y, double eps2, double cellSize, Map<Long, int[]> cells,
      int[] order, boolean[] core) {
    long cx = (long) Math.floor(x[p] / cellSize);
    long cy = (long) Math.floor(y[p] / cellSize);
    int best = -1;
    double bestDistance = Double.MAX_VALUE;
    for (long dx = -2; dx <= 2; dx++) {
      for (long dy = -2; dy <= 2; dy++) {
        int[] run = cells.get(key(cx + dx, cy + dy));
        if (run == null) {
          continue;
        }
        for (int k = run[0]; k < run[1]; k++) {
          int q = order[k];
          if (!core[q]) {
            continue;
          }
          double ddx = x[p] - x[q];
          double ddy = y[p] - y[q];
          double d = ddx * ddx + ddy * ddy;
          if (d <= eps2 && (d < bestDistance || (d == bestDistance && q < best))) {
            best = q;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The lower index becomes the root, so the result never depends on the order of the unions.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
