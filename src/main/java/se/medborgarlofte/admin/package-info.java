/**
 * The back-office shell: the signed-in start page with what needs doing, and the audit log browser. Feature
 * modules own their own admin screens; this module only ties them together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin",
    allowedDependencies = {"organisation", "shared", "shared :: plugin"})
package se.medborgarlofte.admin;
