/**
 * The plug-in contract: how a module shows itself in the house by adding its own files only. A module contributes
 * beans of these types (page sections, menu entries, stylesheets, request rules, demo loaders), marks its cacheable
 * public pages with {@link se.medborgarlofte.shared.plugin.PublicPage} and publishes
 * {@link se.medborgarlofte.shared.plugin.PublicContentChanged} after a committed change to public content. The
 * shells ({@code portal}, {@code admin}) and the infrastructure read the contributions; none of them knows a feature
 * module. The checklist is in {@code docs/architecture.md} ("Adding a module").
 */
@org.springframework.modulith.NamedInterface("plugin")
package se.medborgarlofte.shared.plugin;
