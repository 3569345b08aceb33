package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Hotspots are computed from points kept in memory: a moderation patches them after its commit, so a published
 * report joins its hotspot at once and a report rejected after publication leaves it. Höganäs (1284) is this
 * class's kommun.
 */
@IntegrationTest
class KeptPointsIntegrationTests {

  @Autowired PlaceReports reports;
  @Autowired Hotspots hotspots;
  @Autowired KeptPoints kept;
  @Autowired People people;

  @Test
  void aPublicationJoinsTheKeptPointsAndARejectionAfterPublicationLeavesThem() {
    // The kommun's points are read (and kept) before the reports exist.
    int before = kept.of("1284").size();
    assertThat(hotspots.in("1284", "vandalism", null, null)).isEmpty();
    Member coordinator = people.coordinator("1284");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = reports.submit(new NewPlaceReport("1284", "vandalism", "Klotter vid hamnen " + i, null,
          56.2200 + i * 0.0002, 12.6200, null, null, null, null, "TEST"));
      reports.moderate(coordinator, id, "PUBLISH", null, null);
      ids.add(id);
    }
    assertThat(kept.of("1284").size()).isEqualTo(before + 3);
    List<Hotspot> found = hotspots.in("1284", "vandalism", null, null);
    assertThat(found).singleElement().satisfies(h -> {
      assertThat(h.id()).isEqualTo("H-" + ids.get(0));
      assertThat(h.count()).isEqualTo(3);
    });
    reports.moderate(coordinator, ids.get(1), "REJECT", "Fel plats", null);
    assertThat(kept.of("1284").size()).isEqualTo(before + 2);
    assertThat(hotspots.in("1284", "vandalism", null, null)).isEmpty();
  }
}
