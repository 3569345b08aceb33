/**
 * The public shell: the home page with the kommun finder, county lists, the national map and the kommun page,
 * which composes the public views other modules publish. Read-only, no login, no JavaScript needed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
    allowedDependencies = {"organisation", "shared", "shared :: plugin"})
package se.medborgarlofte.portal;
