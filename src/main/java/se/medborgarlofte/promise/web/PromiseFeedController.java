package se.medborgarlofte.promise.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseQueries.FeedEntry;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.BaseUrl;
import se.medborgarlofte.shared.plugin.FeedEntries;
import se.medborgarlofte.shared.plugin.PublicPage;

/**
 * Atom feeds announcing publications, revisions and extensions, and what other modules add about the promises
 * ({@link FeedEntries}: published follow-ups): one per kommun and one for the whole country.
 */
@Controller
class PromiseFeedController {

  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  private final PromiseQueries queries;
  private final Municipalities municipalities;
  private final MessageSource messages;
  private final BaseUrl baseUrl;
  private final List<FeedEntries> contributions;

  PromiseFeedController(PromiseQueries queries, Municipalities municipalities, MessageSource messages,
      BaseUrl baseUrl, List<FeedEntries> contributions) {
    this.queries = queries;
    this.municipalities = municipalities;
    this.messages = messages;
    this.baseUrl = baseUrl;
    this.contributions = contributions;
  }

  @PublicPage
  @GetMapping("/loften.atom")
  ResponseEntity<String> all(Locale locale) {
    return feed(null, messages.getMessage("promise.feed.all", null, locale), locale);
  }

  @PublicPage
  @GetMapping("/kommuner/{code}/loften.atom")
  ResponseEntity<String> ofMunicipality(@PathVariable String code, Locale locale) {
    MunicipalityView m = municipalities.find(code).orElseThrow(() -> new NotFoundException("no municipality " + code));
    return feed(code, messages.getMessage("promise.feed.municipality", new Object[] {m.name()}, locale), locale);
  }

  private static final int LIMIT = 50;

  private ResponseEntity<String> feed(String code, String title, Locale locale) {
    // The promises' own entries and those other modules add (published follow-ups), newest first.
    List<FeedEntries.Entry> entries = new java.util.ArrayList<>();
    for (FeedEntry e : queries.feed(code, LIMIT)) {
      String key = switch (e.kind()) {
        case "EXTENDED" -> "promise.feed.EXTENDED";
        case "REVISED" -> "promise.feed.REVISED";
        default -> "promise.feed.PUBLISHED";
      };
      String kind = messages.getMessage(key, new Object[] {e.version(),
          e.validTo() == null ? "" : e.validTo().toString()}, locale);
      entries.add(new FeedEntries.Entry("urn:medborgarlofte:" + e.id() + ":" + e.kind().toLowerCase() + ":"
          + e.version() + ":" + e.at().toEpochSecond(), kind + ": " + e.title(), "/loften/" + e.id(), e.at(),
          e.municipalityCode(), e.note() == null ? kind : e.note()));
    }
    contributions.forEach(c -> entries.addAll(c.entries(code, LIMIT, locale)));
    entries.sort(java.util.Comparator.comparing(FeedEntries.Entry::updated).reversed());
    List<FeedEntries.Entry> shown = entries.subList(0, Math.min(LIMIT, entries.size()));
    String self = baseUrl.of(code == null ? "/loften.atom" : "/kommuner/" + code + "/loften.atom");
    OffsetDateTime updated = shown.isEmpty() ? OffsetDateTime.parse("2015-01-01T00:00:00Z") : shown.get(0).updated();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>").append(esc(title)).append("</title>\n")
        .append("  <id>").append(esc(self)).append("</id>\n")
        .append("  <link rel=\"self\" href=\"").append(esc(self)).append("\"/>\n")
        .append("  <updated>").append(time(updated)).append("</updated>\n");
    for (FeedEntries.Entry e : shown) {
      xml.append("  <entry>\n")
          .append("    <title>").append(esc(e.title())).append("</title>\n")
          .append("    <id>").append(esc(e.id())).append("</id>\n")
          .append("    <link href=\"").append(esc(baseUrl.of(e.path()))).append("\"/>\n")
          .append("    <updated>").append(time(e.updated())).append("</updated>\n")
          .append("    <author><name>").append(esc(e.author() == null ? "" : e.author()))
          .append("</name></author>\n")
          .append("    <summary>").append(esc(e.summary())).append("</summary>\n")
          .append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return ResponseEntity.ok().contentType(ATOM)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic()).body(xml.toString());
  }

  private static String time(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
