/**
 * The safety survey (trygghetsmätning): versioned questionnaire templates, survey rounds per kommun, invitation
 * codes, anonymous responses, imported published results of earlier years, and honest indicators (n, mean with its t
 * interval, top-box share with its Wilson interval, change since the last round, suppression of small cells).
 * Plugged into the house through the plug-in contract only: no file of another module names this one.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({20, 29})
@org.springframework.modulith.ApplicationModule(displayName = "Survey",
    allowedDependencies = {"organisation", "shared", "shared :: plugin", "shared :: forms", "shared :: pdf"})
package se.medborgarlofte.survey;
