package se.medborgarlofte.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.InvalidInputException;

class FormValuesTests {

  @Test
  void blankMeansNotGiven() {
    assertThat(FormValues.date("validTo", " ")).isNull();
    assertThat(FormValues.number("latitude", null)).isNull();
    assertThat(FormValues.id("lpoId", "")).isNull();
  }

  @Test
  void valuesAreReadIncludingASwedishDecimalComma() {
    assertThat(FormValues.date("validFrom", " 2024-01-01 ")).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(FormValues.number("latitude", "56,37")).isEqualTo(56.37);
    assertThat(FormValues.id("lpoId", "12")).isEqualTo(12L);
  }

  @Test
  void nonsenseIsRejectedNamingTheFieldAndTheValue() {
    assertThatThrownBy(() -> FormValues.date("validFrom", "2024-02-30"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("validFrom");
              assertThat(p.message()).contains("2024-02-30").contains("YYYY-MM-DD");
            }));
    assertThatThrownBy(() -> FormValues.number("longitude", "öst")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FormValues.id("lpoId", "x1")).isInstanceOf(InvalidInputException.class);
  }
}
