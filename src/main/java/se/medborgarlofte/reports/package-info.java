/**
 * Citizens' place reports: a problem at a place in a kommun (a category mapped to the problem taxonomy, a
 * description, a point, one of the kommun's places or a described location), moderated before anyone sees it,
 * published with coordinates rounded to about 100 m, clustered into hotspots, and spoken as Open311 GeoReport v2 so
 * existing apps can send reports in. The reporter's e-mail is kept apart and deleted after a retention period.
 * Hotspots also count the dialogue module's placed entries, read through its public DialogueQueries.
 * Plugged into the house through the plug-in contract only.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({60, 69})
@org.springframework.modulith.ApplicationModule(displayName = "Place reports",
    allowedDependencies = {"organisation", "dialogue", "shared", "shared :: plugin", "shared :: forms"})
package se.medborgarlofte.reports;
