package se.medborgarlofte.reports;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published, placed reports of each kommun kept in memory as flat arrays, so a hotspot computation over 100 000
 * reports reads no rows: reading them took PostgreSQL and the JVM longer than the clustering itself. A kommun's points
 * are read on first use; a moderation on this node patches them after its commit ({@link PointMoved}); every
 * {@code medborgarlofte.reports.points-refresh} they are read again in the background, so other nodes' moderations
 * show within that time (the old points answer meanwhile). Bounded by the number of points kept.
 */
@Service
class KeptPoints {

  private final JdbcClient jdbc;
  private final LoadingCache<String, Points> kept;

  KeptPoints(JdbcClient jdbc,
      @Value("${medborgarlofte.reports.points-refresh:60s}") Duration refresh,
      @Value("${medborgarlofte.reports.points-kept:2000000}") long maxPoints) {
    this.jdbc = jdbc;
    this.kept = Caffeine.newBuilder().maximumWeight(maxPoints)
        .weigher((String code, Points p) -> Math.max(1, p.size()))
        .refreshAfterWrite(refresh).build(this::read);
  }

  /** The kommun's published points with a position, in id order. */
  Points of(String municipalityCode) {
    return kept.get(municipalityCode);
  }

  /** After the moderation commits: the report joins, leaves or stays in its kommun's kept points. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(PointMoved moved) {
    kept.asMap().computeIfPresent(moved.municipalityCode(), (code, points) -> {
      List<Points.Row> row = rows("and id = :id", code, moved.reportId());
      return points.without(moved.reportId()).with(row);
    });
  }

  private Points read(String municipalityCode) {
    return Points.of(rows("", municipalityCode, -1));
  }

  private List<Points.Row> rows(String condition, String municipalityCode, long id) {
    List<Points.Row> rows = new ArrayList<>();
    jdbc.sql("""
        select id, category, latitude, longitude, submitted_at::date - date '1970-01-01'
        from reports_place_report
        where moderation = 'PUBLISHED' and municipality_code = :m and latitude is not null""" + " " + condition
            + " order by id")
        .param("m", municipalityCode).param("id", id)
        .query(rs -> {
          rows.add(new Points.Row(rs.getLong(1), rs.getString(2).intern(), rs.getDouble(3), rs.getDouble(4),
              rs.getInt(5)));
        });
    return rows;
  }

  /** A moderation changed whether a report is published; fired in its transaction. */
  record PointMoved(String municipalityCode, long reportId) {}

  /** Immutable columns of points sorted by id; a change makes a copy. */
  static final class Points {

    record Row(long id, String category, double latitude, double longitude, int epochDay) {}

    final long[] id;
    final String[] category;
    final double[] latitude;
    final double[] longitude;
    final int[] epochDay;

    private Points(int n) {
      id = new long[n];
      category = new String[n];
      latitude = new double[n];
      longitude = new double[n];
      epochDay = new int[n];
    }

    static Points of(List<Row> rows) {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort((a, b) -> Long.compare(a.id(), b.id()));
      Points p = new Points(sorted.size());
      for (int i = 0; i < sorted.size(); i++) {
        Row r = sorted.get(i);
        p.id[i] = r.id();
        p.category[i] = r.category();
        p.latitude[i] = r.latitude();
        p.longitude[i] = r.longitude();
        p.epochDay[i] = r.epochDay();
      }
      return p;
    }

    int size() {
      return id.length;
    }

    Points without(long reportId) {
      int at = Arrays.binarySearch(id, reportId);
      if (at < 0) {
        return this;
      }
      Points p = new Points(size() - 1);
      copy(this, 0, p, 0, at);
      copy(this, at + 1, p, at, size() - at - 1);
      return p;
    }

    /** Adds rows whose ids are not kept yet (the usual case: one new, highest id). */
    Points with(List<Row> rows) {
      Points p = this;
      for (Row r : rows) {
        int at = Arrays.binarySearch(p.id, r.id());
        if (at >= 0) {
          continue;
        }
        int insert = -at - 1;
        Points q = new Points(p.size() + 1);
        copy(p, 0, q, 0, insert);
        copy(p, insert, q, insert + 1, p.size() - insert);
        q.id[insert] = r.id();
        q.category[insert] = r.category();
        q.latitude[insert] = r.latitude();
        q.longitude[insert] = r.longitude();
        q.epochDay[insert] = r.epochDay();
        p = q;
      }
      return p;
    }

    private static void copy(Points from, int fromAt, Points to, int toAt, int n) {
      System.arraycopy(from.id, fromAt, to.id, toAt, n);
      System.arraycopy(from.category, fromAt, to.category, toAt, n);
      System.arraycopy(from.latitude, fromAt, to.latitude, toAt, n);
      System.arraycopy(from.longitude, fromAt, to.longitude, toAt, n);
      System.arraycopy(from.epochDay, fromAt, to.epochDay, toAt, n);
    }
  }
}
