package se.medborgarlofte.promise.web;

import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.shared.forms.FormFields;

/** The extension form as typed. */
record ExtensionForm(String validTo, String note, String overrideReason) {

  ExtensionInput read() {
    FormFields fields = new FormFields();
    ExtensionInput input = new ExtensionInput(fields.date("validTo", validTo), note, overrideReason);
    fields.check();
    return input;
  }
}
