/**
 * Crime statistics: BRÅ's reported-crime figures per area (kommun, county, the country), period (year, quarter,
 * month), crime type and status (preliminary or final), imported from CSV files, with the comparisons and the
 * sentence a promise quotes ("Preliminär statistik visar att …"). Plugged into the house through the plug-in
 * contract only: no file of another module names this one.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({30, 39})
@org.springframework.modulith.ApplicationModule(displayName = "Crime statistics",
    allowedDependencies = {"organisation", "shared", "shared :: plugin", "shared :: forms"})
package se.medborgarlofte.crimestats;
