package se.medborgarlofte.promise.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The promise draft form as typed: text in every field, so a refused form shows back exactly what was entered
 * (a mistyped date too) next to its problem.
 */
record DraftForm(String municipalityCode, String localPoliceAreaId, String title, String validFrom, String validTo,
    String followUpIntervalMonths, String evaluationDate, List<String> problemCategories, String introduction,
    String problemDescription, String situation, String followUpDescription) {

  static DraftForm of(Draft d) {
    return new DraftForm(d.municipalityCode(), text(d.localPoliceAreaId()), d.title(), text(d.validFrom()),
        text(d.validTo()), text(d.followUpIntervalMonths()), text(d.evaluationDate()), d.problemCategories(),
        d.introduction(), d.problemDescription(), d.situation(), d.followUpDescription());
  }

  /** The draft, if every field could be read; otherwise invalid input naming each field that could not. */
  Draft read() {
    FormFields fields = new FormFields();
    Draft draft = new Draft(municipalityCode, fields.id("localPoliceAreaId", localPoliceAreaId), title,
        fields.date("validFrom", validFrom), fields.date("validTo", validTo),
        fields.whole("followUpIntervalMonths", followUpIntervalMonths), fields.date("evaluationDate", evaluationDate),
        problemCategories, introduction, problemDescription, situation, followUpDescription);
    fields.check();
    return draft;
  }

  /** The year after this one, as most promises run: the form's starting point for a new draft. */
  static DraftForm fresh(String municipalityCode, Long localPoliceAreaId) {
    int year = LocalDate.now().getYear() + 1;
    return of(new Draft(municipalityCode, localPoliceAreaId, null, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), 6, null, List.of(), null, null, null, null));
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
