package se.medborgarlofte.promise.web;

import java.util.Arrays;
import java.util.List;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.forms.FormFields;

/** The add-a-commitment form as typed; places are one comma-separated field. */
record CommitmentForm(String party, String text, String activityType, List<String> problemCategories, String places,
    String target, String indicator, String responsibleRole) {

  static CommitmentForm empty() {
    return new CommitmentForm(null, null, null, List.of(), null, null, null, null);
  }

  CommitmentInput read() {
    FormFields fields = new FormFields();
    CommitmentInput input = new CommitmentInput(fields.choice("party", party, Party.class), text,
        fields.choice("activityType", activityType, ActivityType.class), problemCategories, placeList(), target,
        indicator, responsibleRole);
    fields.check();
    return input;
  }

  /** Whether the box for {@code code} was ticked; public because the template calls it. */
  public boolean hasCategory(String code) {
    return problemCategories != null && problemCategories.contains(code);
  }

  private List<String> placeList() {
    if (places == null) {
      return List.of();
    }
    return Arrays.stream(places.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
