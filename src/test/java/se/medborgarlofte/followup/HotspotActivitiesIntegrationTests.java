package se.medborgarlofte.followup;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.reports.Hotspot;
import se.medborgarlofte.reports.Hotspots;
import se.medborgarlofte.reports.NewPlaceReport;
import se.medborgarlofte.reports.PlaceReports;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import se.medborgarlofte.support.PromiseFixtures;

/**
 * A follow-up counts what was done inside a hotspot of citizens' reports, read through reports' API: four published
 * reports of poor lighting by Båstad's harbour make a hotspot; two walks were logged inside it, one far away and one
 * without a point.
 */
@IntegrationTest
class HotspotActivitiesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired PromiseManagement promises;
  @Autowired People people;
  @Autowired FollowUps followUps;
  @Autowired Activities activities;
  @Autowired PlaceReports reports;
  @Autowired Hotspots hotspots;

  @Test
  void theActivitiesWithAPointInsideTheHotspotAreCountedWithTheirHoursAndCounts() throws Exception {
    Member coordinator = people.coordinator("1278");
    for (int i = 0; i < 4; i++) {
      long id = reports.submit(new NewPlaceReport("1278", "poor-lighting", "Mörkt vid torget " + i, null,
          56.4275 + i * 0.0001, 12.8492, null, null, null, null, "API"));
      reports.moderate(coordinator, id, "PUBLISH", null, null);
    }
    Hotspot h = hotspots.in("1278", "poor-lighting", null, null).stream()
        .filter(x -> x.covers(56.42765, 12.8492)).findFirst().orElseThrow();
    Promise p = new PromiseFixtures(promises, people).published("1278", "Hotspot " + PromiseFixtures.unique());
    await().atMost(Duration.ofSeconds(20)).until(() -> followUps.ofPromise(p.id()).size() == 2);
    UUID c = p.published().orElseThrow().commitments().get(0).id();
    Member police = people.police(people.angelholm());
    log(police, p, c, "2025-03-01", 56.4276, 12.8493, 2);
    log(police, p, c, "2025-04-01", 56.4277, 12.8492, 3);
    log(police, p, c, "2025-05-01", 56.5000, 12.9500, 4); // far away: not counted
    activities.log(police, p.id(), c, new ActivityInput("SAFETY_WALK", LocalDate.of(2025, 6, 1), "POLICE",
        "Hamnen", null, null, Map.of("participants", BigDecimal.TEN), BigDecimal.ONE, null));

    mvc.perform(get("/api/v1/promises/{id}/hotspots/{h}/activities", p.id(), h.id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hotspot").value(h.id()))
        .andExpect(jsonPath("$.activities").value(2))
        .andExpect(jsonPath("$.activitiesWithoutPoint").value(1))
        .andExpect(jsonPath("$.hours").value(5))
        .andExpect(jsonPath("$.counts.participants").value(24));
    // the window of one follow-up: only the March walk
    mvc.perform(get("/api/v1/promises/{id}/hotspots/{h}/activities", p.id(), h.id()).param("from", "2025-01-01")
            .param("to", "2025-03-31"))
        .andExpect(jsonPath("$.activities").value(1))
        .andExpect(jsonPath("$.hours").value(2));
    mvc.perform(get("/api/v1/promises/{id}/hotspots/{h}/activities", p.id(), "H-0"))
        .andExpect(status().isNotFound());
  }

  void log(Member police, Promise p, UUID c, String day, double lat, double lon, int hours) {
    activities.log(police, p.id(), c, new ActivityInput("SAFETY_WALK", LocalDate.parse(day), "POLICE", null,
        BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), Map.of("participants", BigDecimal.valueOf(12)),
        BigDecimal.valueOf(hours), null));
  }
}
