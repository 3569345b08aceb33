package se.medborgarlofte.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceDataTests {

  @Test
  void anEvidenceDateGivesTheFirstDayOfItsMonth() {
    assertThat(V4__ReferenceData.evidenceDate("2016-12")).isEqualTo(LocalDate.of(2016, 12, 1));
    assertThat(V4__ReferenceData.evidenceDate("2023")).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void aRangeOfYearsStartsAtTheFirstYear() {
    assertThat(V4__ReferenceData.evidenceDate("c. 2021-2022")).isEqualTo(LocalDate.of(2021, 1, 1));
  }

  @Test
  void aDateWithoutAYearIsRejected() {
    assertThatThrownBy(() -> V4__ReferenceData.evidenceDate("unknown")).isInstanceOf(IllegalArgumentException.class);
  }
}
