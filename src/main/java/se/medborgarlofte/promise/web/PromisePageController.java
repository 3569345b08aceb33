package se.medborgarlofte.promise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.County;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseDiff;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseVersion;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.pdf.PdfDocuments;
import se.medborgarlofte.shared.plugin.FeedLink;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.PageSections;
import se.medborgarlofte.shared.plugin.PublicPage;

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
  private final PageSections sections;
  private final DocumentModel documents;
  private final PdfDocuments pdf;
  private final Municipalities municipalities;
  private final ProblemCategories categories;

  PromisePageController(PromiseManagement promises, PromiseQueries queries, PageSections sections,
      DocumentModel documents, PdfDocuments pdf, Municipalities municipalities,
      ProblemCategories categories) {
    this.promises = promises;
    this.queries = queries;
    this.sections = sections;
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
    model.addAttribute("pageFeeds", List.of(new FeedLink("/loften.atom", "promise.feedAll")));
    return SEARCH;
  }

  /**
   * The current document with the sections other modules add to it (follow-up, evaluation). Kept by the public page
   * cache, whose ETag is the hash of these bytes: a changed section changes the ETag too.
   */
  @PublicPage
  @GetMapping("/loften/{id}")
  String page(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
    Promise p = promises.published(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    model.addAllAttributes(documents.of(p, p.published().orElseThrow(), false, locale));
    model.addAttribute("historic", false);
    // A promise for several kommuner is announced in each kommun's feed.
    model.addAttribute("pageFeeds", p.shownIn().stream()
        .map(code -> new FeedLink("/kommuner/" + code + "/loften.atom", "promise.feedMunicipality")).toList());
    String home = p.shownIn().isEmpty() ? null : p.shownIn().get(0);
    sections.addTo(PageSection.Page.PROMISE, new PageContext(id.toString(), home, locale), model);
    response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC.getHeaderValue());
    return PAGE;
  }

  @PublicPage
  @GetMapping("/loften/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
    Promise p = promises.published(id).orElseThrow(() -> new NotFoundException("no promise " + id));
    PromiseVersion v = p.published().orElseThrow();
    Map<String, Object> model = documents.of(p, v, false, locale);
    // What other modules add to the document (follow-ups, the evaluation), as on the page.
    org.springframework.ui.ExtendedModelMap sectionModel = new org.springframework.ui.ExtendedModelMap();
    String home = p.shownIn().isEmpty() ? null : p.shownIn().get(0);
    sections.addTo(PageSection.Page.PROMISE_DOCUMENT, new PageContext(id.toString(), home, locale), sectionModel);
    model.put("pageSections", sectionModel.getAttribute("pageSections"));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(PUBLIC)
        .body(pdf.render(PDF, model, locale, v.text().title()));
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
}
