package se.medborgarlofte.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.Party;

class FormFieldsTests {

  @Test
  void blankMeansNotGiven() {
    FormFields fields = new FormFields();
    assertThat(fields.date("validTo", " ")).isNull();
    assertThat(fields.number("latitude", null)).isNull();
    assertThat(fields.id("lpoId", "")).isNull();
    assertThat(fields.choice("party", "", Party.class)).isNull();
    fields.check();
  }

  @Test
  void valuesAreReadIncludingASwedishDecimalComma() {
    FormFields fields = new FormFields();
    assertThat(fields.date("validFrom", " 2024-01-01 ")).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(fields.number("latitude", "56,37")).isEqualTo(56.37);
    assertThat(fields.id("lpoId", "12")).isEqualTo(12L);
    assertThat(fields.whole("months", "6")).isEqualTo(6);
    assertThat(fields.choice("party", "POLICE", Party.class)).isEqualTo(Party.POLICE);
    fields.check();
  }

  @Test
  void everyUnreadableFieldIsNamedWithItsValueBeforeTheFormIsRefused() {
    FormFields fields = new FormFields();
    assertThat(fields.date("validFrom", "2024-02-30")).isNull();
    assertThat(fields.number("longitude", "öst")).isNull();
    assertThat(fields.id("lpoId", "x1")).isNull();
    assertThat(fields.whole("months", "sex")).isNull();
    assertThat(fields.choice("party", "KING", Party.class)).isNull();
    assertThatThrownBy(fields::check).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.problems()).extracting(FieldProblem::field)
          .containsExactly("validFrom", "longitude", "lpoId", "months", "party");
      assertThat(e.problems().get(0).message()).contains("2024-02-30").contains("YYYY-MM-DD");
    });
  }
}
