/**
 * The small shared kernel: the problem taxonomy ({@link se.medborgarlofte.shared.ProblemCategory}), the parties of a
 * promise, the audit trail every module writes to, and the error types that every module's web layer turns into
 * problem+json or a friendly page. Infrastructure that every module needs (the embedded database, locale, error
 * pages) lives in its internal sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package se.medborgarlofte.shared;
