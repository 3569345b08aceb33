package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.medborgarlofte.promise.ActivityType;

class ActivitySummaryTests {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasename("messages/followup");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private static Activity activity(ActivityType type, String place, Map<String, BigDecimal> counts, String hours) {
    return new Activity(UUID.randomUUID(), null, null, type, LocalDate.of(2025, 3, 1), "POLICE", place, null, null,
        counts, hours == null ? null : new BigDecimal(hours), null);
  }

  @Test
  void fourteenTrafficControlsAtThreePlacesAreSaidInOneSentence() {
    List<Activity> all = new ArrayList<>();
    String[] places = {"Storgatan", "Hamnen", "storgatan", "Torget"};
    for (int i = 0; i < 14; i++) {
      // 412 vehicles: thirteen controls of 29 and one of 35; 61 hours: thirteen of 4 and one of 9.
      all.add(activity(ActivityType.TRAFFIC_CONTROL, places[i % 4],
          Map.of("vehiclesChecked", BigDecimal.valueOf(i == 0 ? 35 : 29)), i == 0 ? "9" : "4"));
    }
    ActivitySummary summary = ActivitySummary.of(all);
    assertThat(summary.text(MESSAGES, Locale.forLanguageTag("sv")))
        .isEqualTo("14 trafikkontroller på 3 platser, 412 kontrollerade fordon, 61 timmar");
    assertThat(summary.text(MESSAGES, Locale.ENGLISH))
        .isEqualTo("14 traffic controls at 3 places, 412 vehicles checked, 61 hours");
  }

  @Test
  void placesDifferingOnlyInCaseAreOnePlaceAndBlankPlacesAreNotCounted() {
    ActivitySummary summary = ActivitySummary.of(List.of(activity(ActivityType.SAFETY_WALK, "Torget", Map.of(), null),
        activity(ActivityType.SAFETY_WALK, "TORGET", Map.of(), null),
        activity(ActivityType.SAFETY_WALK, null, Map.of(), null)));
    assertThat(summary.text(MESSAGES, Locale.forLanguageTag("sv"))).isEqualTo("3 trygghetsvandringar på 1 plats");
  }

  @Test
  void anUnknownCountKeepsItsOwnNameAndNothingDoneSaysNothing() {
    ActivitySummary summary = ActivitySummary.of(List.of(activity(ActivityType.OTHER, null,
        Map.of("affischer", new BigDecimal("40")), "1.5")));
    assertThat(summary.text(MESSAGES, Locale.forLanguageTag("sv")))
        .isEqualTo("1 annan aktivitet, 40 affischer, 1.5 timmar");
    assertThat(ActivitySummary.of(List.of()).text(MESSAGES, Locale.ENGLISH)).isEmpty();
  }
}
