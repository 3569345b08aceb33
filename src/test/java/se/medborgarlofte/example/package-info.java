/**
 * An example module that exists only in the tests, to prove the plug-in contract: it adds a kommun-page and a
 * promise-page section, menu entries, a stylesheet, a message bundle, a cacheable public page, an API with its own
 * request rules and matrix rows, a migration in its own range and a demo loader, all without a line in another
 * module. Citizens' "tips" about a kommun stand in for real content.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({90, 99})
@org.springframework.modulith.ApplicationModule(displayName = "Example (tests only)",
    allowedDependencies = {"organisation", "shared", "shared :: plugin"})
package se.medborgarlofte.example;
