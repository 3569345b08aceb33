package se.medborgarlofte.shared.plugin;

import java.util.List;
import java.util.Map;

/**
 * A section's own model and the feeds it adds to the page head.
 *
 * @param model the attributes its template reads as {@code s.name}
 * @param feeds Atom feeds announced with {@code <link rel="alternate">}
 */
public record SectionContent(Map<String, Object> model, List<FeedLink> feeds) {

  public SectionContent {
    // Not Map.copyOf: a template asks for "nothing here" with a null value, and SpEL fails on an absent key.
    model = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(model));
    feeds = List.copyOf(feeds);
  }

  public static SectionContent of(Map<String, Object> model, FeedLink... feeds) {
    return new SectionContent(model, List.of(feeds));
  }
}
