package se.medborgarlofte.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.followup.FollowUpSchedule.Due;

class FollowUpScheduleTests {

  private static Due followUp(String day) {
    return new Due(FollowUpKind.FOLLOW_UP, LocalDate.parse(day));
  }

  private static Due evaluation(String day) {
    return new Due(FollowUpKind.EVALUATION, LocalDate.parse(day));
  }

  @Test
  void halfYearStepsWithinTheTwoYearPeriodThenTheEvaluationAtItsEnd() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), 6, null))
        .containsExactly(followUp("2025-07-01"), followUp("2026-01-01"), followUp("2026-07-01"),
            evaluation("2026-12-31"));
  }

  @Test
  void theEvaluationComesOnItsOwnDateWhenOneIsSet() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6,
        LocalDate.of(2026, 2, 15))).containsExactly(followUp("2025-07-01"), evaluation("2026-02-15"));
  }

  @Test
  void aLeapDayStartStepsToTheEndOfFebruaryAndBackWithoutDrifting() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 31), 6, null))
        .containsExactly(followUp("2024-08-29"), followUp("2025-02-28"), followUp("2025-08-29"),
            followUp("2026-02-28"), evaluation("2026-03-31"));
  }

  @Test
  void theEndOfAMonthStaysTheEndOfTheMonthAfterAShortFebruary() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2024, 8, 31), LocalDate.of(2025, 12, 31), 6, null))
        .containsExactly(followUp("2025-02-28"), followUp("2025-08-31"), evaluation("2025-12-31"));
  }

  @Test
  void aPeriodEndingBeforeTheFirstStepHasOnlyTheEvaluation() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31), 6, null))
        .containsExactly(evaluation("2025-08-31"));
  }

  @Test
  void aStepOnTheLastDayIsTheEvaluationNotAFollowUpBesideIt() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 6, null))
        .containsExactly(followUp("2025-07-01"), evaluation("2026-01-01"));
  }

  @Test
  void noIntervalMeansOnlyTheEvaluation() {
    assertThat(FollowUpSchedule.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 0, null))
        .containsExactly(evaluation("2025-12-31"));
  }

  @Test
  void aFollowUpIsDueFromTheReminderWindowAndOverdueTheDayAfterItsDay() {
    FollowUp f = new FollowUp(null, null, FollowUpKind.FOLLOW_UP, LocalDate.of(2025, 7, 1), null, null, null, null);
    assertThat(f.status(LocalDate.of(2025, 6, 16), 14)).isEqualTo(FollowUpStatus.UPCOMING);
    assertThat(f.status(LocalDate.of(2025, 6, 17), 14)).isEqualTo(FollowUpStatus.DUE);
    assertThat(f.status(LocalDate.of(2025, 7, 1), 14)).isEqualTo(FollowUpStatus.DUE);
    assertThat(f.status(LocalDate.of(2025, 7, 2), 14)).isEqualTo(FollowUpStatus.OVERDUE);
  }

  @Test
  void anExtensionAddsTheFollowUpsOfItsNewMonthsInTheSameRhythmAndAnEvaluationOnItsNewLastDay() {
    // 2025 extended to the end of 2026: the steps from 1 January 2025 that fall after the old end.
    assertThat(FollowUpSchedule.extension(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        LocalDate.of(2026, 12, 31), 6))
        .containsExactly(followUp("2026-01-01"), followUp("2026-07-01"), evaluation("2026-12-31"));
    // From a leap day the rhythm stays on the 29th where the month has one, never drifting to the 28th.
    assertThat(FollowUpSchedule.extension(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 31),
        LocalDate.of(2026, 8, 29), 6))
        .containsExactly(followUp("2025-08-29"), followUp("2026-02-28"), evaluation("2026-08-29"));
    // A short extension before the next step adds only its evaluation.
    assertThat(FollowUpSchedule.extension(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 30),
        LocalDate.of(2025, 12, 31), 6)).containsExactly(evaluation("2025-12-31"));
  }
}
