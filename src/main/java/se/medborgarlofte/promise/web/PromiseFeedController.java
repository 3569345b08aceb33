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
import se.medborgarlofte.shared.plugin.PublicPage;

/** Atom feeds announcing publications, revisions and extensions: one per kommun and one for the whole country. */
@Controller
class PromiseFeedController {

  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  private final PromiseQueries queries;
  private final Municipalities municipalities;
  private final MessageSource messages;
  private final BaseUrl baseUrl;

  PromiseFeedController(PromiseQueries queries, Municipalities municipalities, MessageSource messages,
      BaseUrl baseUrl) {
    this.queries = queries;
    this.municipalities = municipalities;
    this.messages = messages;
    this.baseUrl = baseUrl;
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

  private ResponseEntity<String> feed(String code, String title, Locale locale) {
    List<FeedEntry> entries = queries.feed(code, 50);
    String self = baseUrl.of(code == null ? "/loften.atom" : "/kommuner/" + code + "/loften.atom");
    OffsetDateTime updated = entries.isEmpty() ? OffsetDateTime.parse("2015-01-01T00:00:00Z") : entries.get(0).at();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>").append(esc(title)).append("</title>\n")
        .append("  <id>").append(esc(self)).append("</id>\n")
        .append("  <link rel=\"self\" href=\"").append(esc(self)).append("\"/>\n")
        .append("  <updated>").append(time(updated)).append("</updated>\n");
    for (FeedEntry e : entries) {
      String link = baseUrl.of("/loften/" + e.id());
      String key = switch (e.kind()) {
        case "EXTENDED" -> "promise.feed.EXTENDED";
        case "REVISED" -> "promise.feed.REVISED";
        default -> "promise.feed.PUBLISHED";
      };
      String kind = messages.getMessage(key, new Object[] {e.version(),
          e.validTo() == null ? "" : e.validTo().toString()}, locale);
      xml.append("  <entry>\n")
          .append("    <title>").append(esc(kind + ": " + e.title())).append("</title>\n")
          .append("    <id>urn:medborgarlofte:").append(e.id()).append(':').append(e.kind().toLowerCase())
          .append(':').append(e.version()).append(':').append(e.at().toEpochSecond()).append("</id>\n")
          .append("    <link href=\"").append(esc(link)).append("\"/>\n")
          .append("    <updated>").append(time(e.at())).append("</updated>\n")
          .append("    <author><name>").append(esc(e.municipalityCode())).append("</name></author>\n")
          .append("    <summary>").append(esc(e.note() == null ? kind : e.note())).append("</summary>\n")
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
