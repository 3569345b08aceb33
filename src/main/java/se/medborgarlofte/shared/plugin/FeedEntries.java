package se.medborgarlofte.shared.plugin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Entries a module adds to the promise feeds ({@code /loften.atom} and {@code /kommuner/{code}/loften.atom}), e.g. a
 * published follow-up of a promise. Implemented in the contributing module's own package; the feed merges every
 * contribution with the promises' own entries, newest first.
 */
public interface FeedEntries {

  /**
   * The newest entries about promises shown in the kommun, or in the whole country when {@code municipalityCode}
   * is null; at most {@code limit}, newest first.
   */
  List<Entry> entries(String municipalityCode, int limit, Locale locale);

  /**
   * One Atom entry.
   *
   * @param id a stable, unique id (a URN)
   * @param path the page it links to, e.g. {@code /loften/{id}}; the feed makes it absolute
   * @param author the kommun code, as the promise entries name it
   */
  record Entry(String id, String title, String path, OffsetDateTime updated, String author, String summary) {}
}
