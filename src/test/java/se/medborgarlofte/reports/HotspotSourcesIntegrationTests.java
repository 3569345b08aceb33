package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medborgarlofte.dialogue.DialogueKind;
import se.medborgarlofte.dialogue.Dialogues;
import se.medborgarlofte.dialogue.NewDialogue;
import se.medborgarlofte.dialogue.NewEntry;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * Hotspots cluster the published reports together with the published dialogue entries that have a place and the EST
 * observations, each in the report category mapped to its problem category; unpublished dialogues count for nothing.
 * Åstorp (1277) is this class's kommun.
 */
@IntegrationTest
class HotspotSourcesIntegrationTests {

  static final double LAT = 56.1340;
  static final double LON = 12.9450;

  @Autowired PlaceReports reports;
  @Autowired Hotspots hotspots;
  @Autowired Dialogues dialogues;
  @Autowired EstReports est;
  @Autowired Places places;
  @Autowired People people;

  @Test
  void dialogueEntriesAndEstObservationsJoinTheReportsInOneHotspot() {
    Member coordinator = people.coordinator("1277");
    LocalDate day = LocalDate.now().minusDays(8);
    // A safety walk's two entries about littering at the square, and one about something with no report category.
    long walk = dialogues.create(coordinator, new NewDialogue("1277", DialogueKind.SAFETY_WALK, "Vandring " + UUID
        .randomUUID(), day, List.of("JOINT"), null, null, null, null, false));
    for (int i = 0; i < 2; i++) {
      dialogues.addEntry(coordinator, walk, new NewEntry("Skräp vid torget " + i, List.of("LITTERING"), null,
          LAT + i * 0.0001, LON, "Fler papperskorgar", "kommunen"));
    }
    dialogues.addEntry(coordinator, walk, new NewEntry("Inbrott i förråden", List.of("BURGLARY"), null, LAT, LON,
        null, null));
    // Not yet published: the walk's entries are no hotspot.
    assertThat(hotspots.in("1277", "littering", null, null)).isEmpty();
    dialogues.publishSummary(coordinator, walk, "Skräp och förråd");
    List<Hotspot> fromEntries = hotspots.in("1277", "littering", null, null);
    assertThat(fromEntries).isEmpty();
    // An EST observation at a place on the square and one published report make the hotspot.
    long square = places.add(coordinator, "1277", "Torget " + UUID.randomUUID(), "POINT", LAT + 0.0002, LON);
    est.file(people.with(Role.REPORTER, "1277", null), "1277", square, day, Map.of("LITTERING", 5, "DRUGS", 0));
    long report = reports.submit(new NewPlaceReport("1277", "littering", "Skräp överallt", null, LAT, LON + 0.0002,
        null, null, null, null, "TEST"));
    reports.moderate(coordinator, report, "PUBLISH", null, null);
    Hotspot h = hotspots.in("1277", "littering", null, null).get(0);
    assertThat(h.id()).isEqualTo("H-" + report);
    assertThat(h.count()).isEqualTo(4);
    assertThat(h.reports()).isEqualTo(1);
    assertThat(h.dialogueEntries()).isEqualTo(2);
    assertThat(h.estObservations()).isEqualTo(1);
    assertThat(h.covers(LAT, LON)).isTrue();
    // A window before the walk and the reports: nothing.
    assertThat(hotspots.in("1277", "littering", null, day.minusDays(10))).isEmpty();
  }

  @Test
  void hotspotsWithoutReportsAreNamedByTheirOldestDialogueEntry() {
    Member coordinator = people.coordinator("1277");
    long meeting = dialogues.create(coordinator, new NewDialogue("1277", DialogueKind.MEETING, "Möte " + UUID
        .randomUUID(), LocalDate.now().minusDays(2), List.of("JOINT"), null, null, null, null, false));
    long first = 0;
    for (int i = 0; i < 3; i++) {
      long id = dialogues.addEntry(coordinator, meeting, new NewEntry("Bråk vid busstationen " + i,
          List.of("VIOLENCE"), null, 56.1300 + i * 0.0001, 12.9400, null, null));
      first = i == 0 ? id : first;
    }
    dialogues.publishSummary(coordinator, meeting, "Våld vid busstationen");
    // VIOLENCE has no report category: the hotspot's category is the problem code itself.
    Hotspot h = hotspots.in("1277", "VIOLENCE", null, null).get(0);
    assertThat(h.id()).isEqualTo("H-D" + first);
    assertThat(h.dialogueEntries()).isEqualTo(3);
    assertThat(h.reports()).isZero();
  }
}
