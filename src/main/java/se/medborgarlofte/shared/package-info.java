/**
 * The small shared kernel: the problem taxonomy ({@link se.medborgarlofte.shared.ProblemCategory}), the parties of a
 * promise, the audit trail every module writes to, and the error types that every module's web layer turns into
 * problem+json or a friendly page. Infrastructure that every module needs (the embedded database, locale, error
 * pages) lives in its internal sub-packages.
 */
@se.medborgarlofte.shared.plugin.MigrationRange({1, 1, 3, 3})
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
    allowedDependencies = {})
package se.medborgarlofte.shared;
