package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.reports.KeptPoints.Points;
import se.medborgarlofte.reports.KeptPoints.Points.Row;

/** The kept columns stay sorted by id and unchanged by a patch, which copies them. */
class KeptPointsTests {

  static Row row(long id) {
    return new Row(id, "speeding", 56 + id / 1000.0, 12.8, 20_000 + (int) id);
  }

  @Test
  void aPatchAddsInIdOrderSkipsKeptIdsRemovesAndLeavesTheOldColumnsAlone() {
    Points p = Points.of(List.of(row(5), row(1), row(3)));
    assertThat(p.id).containsExactly(1, 3, 5);
    Points added = p.with(List.of(row(4), row(3), row(9)));
    assertThat(added.id).containsExactly(1, 3, 4, 5, 9);
    assertThat(added.latitude[2]).isEqualTo(56.004);
    assertThat(added.epochDay[4]).isEqualTo(20_009);
    assertThat(p.id).containsExactly(1, 3, 5);
    Points removed = added.without(3).without(42);
    assertThat(removed.id).containsExactly(1, 4, 5, 9);
    assertThat(removed.category).containsOnly("speeding");
    assertThat(removed.without(1).without(4).without(5).without(9).size()).isZero();
  }
}
