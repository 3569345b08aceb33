package se.medborgarlofte.promise.web;

import java.time.LocalDate;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.forms.FormFields;

/** The signing form as typed; {@code party} is a party's key. */
record SigningForm(String party, String name, String title, String signedOn, String place) {

  /** Today, signed by the person at the keyboard unless they record someone else's signature. */
  static SigningForm byMe(String displayName) {
    return new SigningForm(null, displayName, null, LocalDate.now().toString(), null);
  }

  SignatureInput read() {
    FormFields fields = new FormFields();
    SignatureInput input = new SignatureInput(party == null || party.isBlank() ? null : party.strip(), name, title,
        fields.date("signedOn", signedOn), place);
    fields.check();
    return input;
  }
}
