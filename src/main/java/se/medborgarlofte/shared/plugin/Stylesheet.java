package se.medborgarlofte.shared.plugin;

/**
 * A stylesheet a module adds to every page (both layouts), declared as a bean. Links carry a content fingerprint, so
 * browsers cache the files for a week and still see a new version at once.
 *
 * @param path under {@code static/}, e.g. {@code /css/promise.css}
 * @param order position in the head, lowest first
 */
public record Stylesheet(String path, int order) {}
