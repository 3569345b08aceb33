/**
 * Citizen dialogues: meetings, safety walks (trygghetsvandringar) and online dialogues that a kommun and its police
 * hold, with the participant count (by gender and age band where known), what was said as entries tagged with the
 * problem taxonomy and a place (a safety walk's entries with a proposed action and its owner), and a published
 * summary on the kommun page. Citizens' entries to an open online dialogue are moderated first.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({50, 59})
@org.springframework.modulith.ApplicationModule(displayName = "Dialogues",
    allowedDependencies = {"organisation", "shared", "shared :: plugin", "shared :: forms"})
package se.medborgarlofte.dialogue;
