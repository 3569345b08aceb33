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
 *
 * <p>The grid is a plain array of cells filled by a counting sort when the points' extent needs at most
 * {@link #DENSE_CELLS} cells (a kommun of 100 × 100 km at 150 m), so a neighbour lookup is an array read; points
 * spread wider fall back to a hash map of the occupied cells.
 */
final class Dbscan {

  static final int NOISE = -1;
  static final long DENSE_CELLS = 1L << 23;

  private Dbscan() {}

  /** The cluster of each point (0, 1, …) or {@link #NOISE}. */
  static int[] cluster(double[] x, double[] y, double eps, int minPoints) {
    return cluster(x, y, eps, minPoints, DENSE_CELLS);
  }

  /** With a chosen dense-grid limit, so tests can run both grids on the same points. */
  static int[] cluster(double[] x, double[] y, double eps, int minPoints, long denseCells) {
    int n = x.length;
    int[] label = new int[n];
    Arrays.fill(label, NOISE);
    if (n == 0) {
      return label;
    }
    double eps2 = eps * eps;
    Grid grid = Grid.of(x, y, eps / Math.sqrt(2), denseCells);
    int[] order = grid.order;
    int[] start = grid.start;
    int[] cellOf = grid.cellOf;
    // Core points.
    boolean[] core = new boolean[n];
    for (int c = 0; c < grid.cells; c++) {
      int size = start[c + 1] - start[c];
      if (size == 0) {
        continue;
      }
      for (int k = start[c]; k < start[c + 1]; k++) {
        int p = order[k];
        core[p] = size >= minPoints || countNeighbours(p, c, grid, x, y, eps2, minPoints) >= minPoints;
      }
    }
    // Clusters of core points: union-find over neighbouring core points, cell pair by cell pair.
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int c = 0; c < grid.cells; c++) {
      int first = firstCore(c, grid, core);
      if (first < 0) {
        continue;
      }
      // Inside one cell every pair is within eps.
      for (int k = start[c]; k < start[c + 1]; k++) {
        if (core[order[k]]) {
          union(parent, first, order[k]);
        }
      }
      int cx = grid.cx(c);
      int cy = grid.cy(c);
      for (int dx = -2; dx <= 2; dx++) {
        for (int dy = -2; dy <= 2; dy++) {
          if ((dx == 0 && dy == 0) || (Math.abs(dx) == 2 && Math.abs(dy) == 2)) {
            continue;
          }
          int other = grid.cell(cx + dx, cy + dy);
          int otherCore = other < 0 ? -1 : firstCore(other, grid, core);
          if (otherCore < 0 || find(parent, first) == find(parent, otherCore)) {
            continue;
          }
          if (anyCorePairWithin(c, other, grid, core, x, y, eps2)) {
            union(parent, first, otherCore);
          }
        }
      }
    }
    // Labels: core points by their root; border points by their nearest core point; noise.
    int[] numberOfRoot = new int[n];
    Arrays.fill(numberOfRoot, -1);
    int clusters = 0;
    for (int i = 0; i < n; i++) {
      int nearest = core[i] ? i : nearestCore(i, cellOf[i], grid, x, y, eps2, core);
      if (nearest >= 0) {
        int root = find(parent, nearest);
        if (numberOfRoot[root] < 0) {
          numberOfRoot[root] = clusters++;
        }
        label[i] = numberOfRoot[root];
      }
    }
    return label;
  }

  /**
   * The points in cell order: cell {@code c}'s points are {@code order[start[c]] … order[start[c + 1] - 1]}, in
   * ascending index. Dense: a cell's number is {@code cy * width + cx}, empty cells included; sparse: the occupied
   * cells numbered in key order, found through a map.
   */
  private static final class Grid {
    int cells;
    int[] order;
    int[] start;
    int[] cellOf;
    // Dense grid.
    int width;
    int height;
    // Sparse grid.
    Map<Long, Integer> numbers;
    int[] cellX;
    int[] cellY;

    static Grid of(double[] x, double[] y, double cellSize, long denseCells) {
      int n = x.length;
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        minX = Math.min(minX, x[i]);
        minY = Math.min(minY, y[i]);
        maxX = Math.max(maxX, x[i]);
        maxY = Math.max(maxY, y[i]);
      }
      long[] gx = new long[n];
      long[] gy = new long[n];
      // Cell coordinates from the lower left corner; the same floor() for every point keeps cells eps/√2 wide.
      long ox = (long) Math.floor(minX / cellSize);
      long oy = (long) Math.floor(minY / cellSize);
      for (int i = 0; i < n; i++) {
        gx[i] = (long) Math.floor(x[i] / cellSize) - ox;
        gy[i] = (long) Math.floor(y[i] / cellSize) - oy;
      }
      long w = (long) Math.floor(maxX / cellSize) - ox + 1;
      long h = (long) Math.floor(maxY / cellSize) - oy + 1;
      Grid g = new Grid();
      g.cellOf = new int[n];
      g.order = new int[n];
      if (w * h <= denseCells) {
        g.width = (int) w;
        g.height = (int) h;
        g.cells = (int) (w * h);
        g.start = new int[g.cells + 1];
        for (int i = 0; i < n; i++) {
          g.cellOf[i] = (int) (gy[i] * w + gx[i]);
          g.start[g.cellOf[i] + 1]++;
        }
        for (int c = 0; c < g.cells; c++) {
          g.start[c + 1] += g.start[c];
        }
        int[] next = Arrays.copyOf(g.start, g.cells);
        for (int i = 0; i < n; i++) {
          g.order[next[g.cellOf[i]]++] = i;
        }
        return g;
      }
      long[] keys = new long[n];
      Integer[] byCell = new Integer[n];
      for (int i = 0; i < n; i++) {
        keys[i] = (gx[i] << 32) | gy[i];
        byCell[i] = i;
      }
      Arrays.sort(byCell, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
      g.numbers = new HashMap<>();
      int[] starts = new int[n + 1];
      int[] cx = new int[n];
      int[] cy = new int[n];
      for (int k = 0; k < n; k++) {
        int p = byCell[k];
        g.order[k] = p;
        if (k == 0 || keys[p] != keys[byCell[k - 1]]) {
          starts[g.cells] = k;
          cx[g.cells] = (int) gx[p];
          cy[g.cells] = (int) gy[p];
          g.numbers.put(keys[p], g.cells++);
        }
        g.cellOf[p] = g.cells - 1;
      }
      starts[g.cells] = n;
      g.start = Arrays.copyOf(starts, g.cells + 1);
      g.cellX = cx;
      g.cellY = cy;
      return g;
    }

    /** The number of the cell at (cx, cy), or -1 when no point can be there. */
    int cell(int cx, int cy) {
      if (numbers == null) {
        return cx < 0 || cy < 0 || cx >= width || cy >= height ? -1 : cy * width + cx;
      }
      Integer c = numbers.get(((long) cx << 32) | (cy & 0xffffffffL));
      return c == null ? -1 : c;
    }

    int cx(int c) {
      return numbers == null ? c % width : cellX[c];
    }

    int cy(int c) {
      return numbers == null ? c / width : cellY[c];
    }
  }

  private static int firstCore(int c, Grid grid, boolean[] core) {
    for (int k = grid.start[c]; k < grid.start[c + 1]; k++) {
      if (core[grid.order[k]]) {
        return grid.order[k];
      }
    }
    return -1;
  }

  private static int countNeighbours(int p, int c, Grid grid, double[] x, double[] y, double eps2, int enough) {
    int cx = grid.cx(c);
    int cy = grid.cy(c);
    int count = 0;
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        int other = grid.cell(cx + dx, cy + dy);
        if (other < 0) {
          continue;
        }
        for (int k = grid.start[other]; k < grid.start[other + 1]; k++) {
          int q = grid.order[k];
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

  private static boolean anyCorePairWithin(int a, int b, Grid grid, boolean[] core, double[] x, double[] y,
      double eps2) {
    int[] order = grid.order;
    for (int i = grid.start[a]; i < grid.start[a + 1]; i++) {
      int p = order[i];
      if (!core[p]) {
        continue;
      }
      for (int j = grid.start[b]; j < grid.start[b + 1]; j++) {
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

  private static int nearestCore(int p, int c, Grid grid, double[] x, double[] y, double eps2, boolean[] core) {
    int cx = grid.cx(c);
    int cy = grid.cy(c);
    int best = -1;
    double bestDistance = Double.MAX_VALUE;
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        int other = grid.cell(cx + dx, cy + dy);
        if (other < 0) {
          continue;
        }
        for (int k = grid.start[other]; k < grid.start[other + 1]; k++) {
          int q = grid.order[k];
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
