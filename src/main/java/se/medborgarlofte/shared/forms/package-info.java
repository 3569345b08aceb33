/**
 * One way for every module to take a form: {@link se.medborgarlofte.shared.forms.FormFields} reads the submitted
 * text field by field and collects every field it cannot read, and {@link se.medborgarlofte.shared.forms.FormPage}
 * answers a refused submission with the same form page, the entered values, the problems beside their fields and
 * status 422, instead of a generic error page.
 */
@org.springframework.modulith.NamedInterface("forms")
package se.medborgarlofte.shared.forms;
