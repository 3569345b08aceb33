/**
 * The map of who is who: police regions, counties, the 290 kommuner with their population, local police areas
 * (LPOs) and their dated links to kommuner, a kommun's sub-areas (places), and the people who work in the
 * platform with their roles and memberships. It also owns authentication and the rules of who may change what
 * ({@link se.medborgarlofte.organisation.Member}), which every other module asks.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({2, 2, 4, 9})
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
    allowedDependencies = {"shared", "shared :: plugin", "shared :: forms"})
package se.medborgarlofte.organisation;
