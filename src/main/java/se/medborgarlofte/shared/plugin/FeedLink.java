package se.medborgarlofte.shared.plugin;

/**
 * An Atom feed a page announces in its head.
 *
 * @param href the feed's path, e.g. {@code /kommuner/1278/loften.atom}
 * @param titleKey the message key of its title
 */
public record FeedLink(String href, String titleKey) {}
