package se.medborgarlofte.promise.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.medborgarlofte.organisation.County;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseDiff;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseVersion;
import se.medborgarlofte.promise.RenderedPromises;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.pdf.PdfDocuments;

/**
 * The public promise pages: search, the document (HTML and PDF) and its version history. The current document is
 * served from kept bytes with a strong ETag; it varies by locale only.
 */
@Controller
class PromisePageController {

  static final String PAGE = "promise/page";
  static final String PDF = "promise/pdf";
  static final String SEARCH = "promise/search";
  static final String DIFF = "promise/diff";
  private static final CacheControl PUBLIC = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();

  private final PromiseManagement promises;
  private final PromiseQueries queries;
  private final RenderedPromises rendered;
  private final ViewRenderer renderer;
  private final DocumentModel documents;
  private final PdfDocuments pdf;
  private final Municipalities municipalities;
  private final ProblemCategories categories;

  PromisePageController(PromiseManagement promises, PromiseQueries queries, RenderedPromises rendered,
      ViewRenderer renderer, DocumentModel documents, PdfDocuments pdf, Municipalities municipalities,
      ProblemCategories categories) {
    this.promises = promises;
    this.queries = queries;
    this.rendered = rendered;
    this.renderer = renderer;
    this.documents = documents;
    this.pdf = pdf;
    this.municipalities = municipalities;
    this.categories = categories;
  }

  @GetMapping("/loften")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String county,
      @RequestParam(required = false) String region, @RequestParam(required = false) String year,
      @RequestParam(required = false) String category, Model model, Locale locale) {
    List<County> counties = municipalities.counties();
    List<String> countyCodes = null;
    if (county != null && !county.isBlank()) {
      countyCodes = List.of(county);
    } else if (region != null && !region.isBlank()) {
      countyCodes = counties.stream().filter(c -> c.policeRegion().equals(region)).map(County::code).toList();
    }
    Integer y = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
    String cat = category == null || category.isBlank() ? null : category;
    var hits = queries.search(new PromiseQueries.Search(q, countyCodes, y, cat));
    Map<String, String> names = new java.util.HashMap<>();
    municipalities.all().forEach(m -> names.put(m.code(), m.name()));
    model.addAttribute("hits", hits);
    model.addAttribute("names", names);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("county", county);
    model.addAttribute("region", region);
    model.addAttribute("year", year);
    model.addAttribute("category", category);
    model.addAttribute("counties", counties);
    model.addAttribute("regions", municipalities.policeRegions());
    model.addAttribute("categories", categories.all());
    model.addAttribute("categoryLabels", documents.labels(locale));
    model.addAttribute("searched", q != null || countyCodes != null || y != null || cat != null);
    model.addAttribute("feedUrl", "/loften.atom");
    return SEARCH;
  }

  @GetMapping("/loften/{id}")
  ResponseEntity<byte[]> page(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH,
      required = false) String ifNoneMatch, Model model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    if (RequestContextUtils.getInputFlashMap(request) != null) {
      Promise p = promises.published(id).orElseThrow(() -> new NotFoundException("no promise " + id));
      return ok(null, renderPage(p, p.published().orElseThrow(), model, locale, request, response), MediaType.TEXT_HTML);
    }
    RenderedPromises.Rendered r = rendered.get(id, "page", locale,
        p -> renderPage(p, p.published().orElseThrow(), model, locale, request, response));
    return conditional(r, ifNoneMatch, MediaType.TEXT_HTML);
  }

  @GetMapping("/loften/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH,
      required = false) String ifNoneMatch, Locale locale) {
    RenderedPromises.Rendered r = rendered.get(id, "pdf", locale, p -> {
      Map<String, Object> model = documents.of(p, p.published().orElseThrow(), false, locale);
      return pdf.render(PDF, model, locale, p.published().orElseThrow().text().title());
    });
    return conditional(r, ifNoneMatch, MediaType.APPLICATION_PDF);
  }

  /** An earlier published version, as it was; not kept, since few read it. */
  @GetMapping("/loften/{id}/versioner/{number}")
  String version(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
    Promise p = promises.published(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    PromiseVersion v = publishedVersion(p, number);
    model.addAllAttributes(documents.of(p, v, false, locale));
    model.addAttribute("historic", p.published().orElseThrow().number() != number);
    return PAGE;
  }

  @GetMapping("/loften/{id}/versioner/{number}/andringar")
  String diff(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
    Promise p = promises.published(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    PromiseVersion to = publishedVersion(p, number);
    PromiseVersion from = p.versions().stream().filter(v -> v.number() < number && v.publishedAt() != null)
        .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("version " + number + " is the first"));
    model.addAllAttributes(documents.of(p, to, false, locale));
    model.addAttribute("diff", PromiseDiff.between(from, to));
    return DIFF;
  }

  private static PromiseVersion publishedVersion(Promise p, int number) {
    return p.version(number).filter(v -> v.publishedAt() != null)
        .orElseThrow(() -> new NotFoundException("no published version " + number));
  }

  private byte[] renderPage(Promise p, PromiseVersion v, Model model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    model.addAllAttributes(documents.of(p, v, false, locale));
    model.addAttribute("historic", false);
    model.addAttribute("feedUrl", "/kommuner/" + p.municipalityCode() + "/loften.atom");
    return renderer.render(PAGE, model.asMap(), locale, request, response);
  }

  private static ResponseEntity<byte[]> conditional(RenderedPromises.Rendered r, String ifNoneMatch,
      MediaType type) {
    if (ifNoneMatch != null && (ifNoneMatch.equals(r.etag()) || ifNoneMatch.contains(r.etag())
        || ifNoneMatch.strip().equals("*"))) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(r.etag()).cacheControl(PUBLIC)
          .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE).build();
    }
    return ok(r.etag(), r.body(), type);
  }

  private static ResponseEntity<byte[]> ok(String etag, byte[] body, MediaType type) {
    var builder = ResponseEntity.ok().contentType(type.equals(MediaType.TEXT_HTML)
        ? new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8) : type);
    if (etag != null) {
      builder.eTag(etag).cacheControl(PUBLIC).varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);
    }
    return builder.body(body);
  }

}
