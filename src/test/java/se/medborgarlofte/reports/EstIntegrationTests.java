package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * EST on PostgreSQL: a REPORTER files weekly counts per checklist category at a place; the weekly view sets this
 * week against the mean of the four before, largest change first; a second report for the same week is a conflict;
 * bad input names each field; a reporter of another kommun is refused. Sjöbo (1265) is this class's kommun.
 */
@IntegrationTest
class EstIntegrationTests {

  @Autowired EstReports est;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MockMvc mvc;

  @Test
  void theWeeklyViewSetsThisWeekAgainstTheFourBeforeLargestChangeFirst() {
    Member coordinator = people.coordinator("1265");
    long square = places.add(coordinator, "1265", "Torget " + UUID.randomUUID(), "POINT", null, null);
    long station = places.add(coordinator, "1265", "Stationen " + UUID.randomUUID(), "POINT", null, null);
    Member reporter = people.with(Role.REPORTER, "1265", null);
    LocalDate week = EstReports.weekOf(LocalDate.now()).minusWeeks(1);
    for (int i = 1; i <= 4; i++) {
      est.file(reporter, "1265", square, week.minusWeeks(i), Map.of("VANDALISM", 1, "LITTERING", 4));
    }
    est.file(reporter, "1265", square, week.plusDays(3), Map.of("VANDALISM", 9, "LITTERING", 3));
    est.file(reporter, "1265", station, week, Map.of("DRUGS", 2));
    List<EstReports.Change> view = est.situation(coordinator, "1265", week.plusDays(6));
    assertThat(view).extracting(EstReports.Change::category).containsExactly("VANDALISM", "DRUGS", "LITTERING");
    EstReports.Change first = view.get(0);
    assertThat(first.thisWeek()).isEqualTo(9);
    assertThat(first.previousAverage()).isEqualTo(1.0);
    assertThat(first.change()).isEqualTo(8.0);
    assertThat(view.get(2).change()).isEqualTo(-1.0);
    assertThatThrownBy(() -> est.file(reporter, "1265", square, week, Map.of("DRUGS", 1)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> est.file(people.with(Role.REPORTER, "1285", null), "1265", square, week,
        Map.of("DRUGS", 1))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> est.situation(people.coordinator("1285"), "1265", week))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void badInputNamesEachField() throws Exception {
    Member reporter = people.with(Role.REPORTER, "1265", null);
    long elsewhere = places.add(people.coordinator("1285"), "1285", "Eslöv " + UUID.randomUUID(), "POINT", null,
        null);
    mvc.perform(post("/api/v1/est-reports").contentType(MediaType.APPLICATION_JSON).content("""
            {"municipalityCode":"1265","placeId":%d,"week":"2999-01-01","counts":{"VANDALISM":-1,"UFO":2}}"""
            .formatted(elsewhere)).with(httpBasic(reporter.getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors", hasSize(4)))
        .andExpect(jsonPath("$.errors[?(@.field == 'placeId')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'week')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'counts.VANDALISM')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'counts.UFO')]").exists());
  }
}
