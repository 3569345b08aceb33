package se.medborgarlofte.shared.plugin;

import java.util.Map;

/** A section ready for the page template: its fragment and its own model. */
public record ComposedSection(String template, Map<String, Object> model) {}
