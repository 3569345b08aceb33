package se.medborgarlofte.promise.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseQueries.Listed;
import se.medborgarlofte.shared.plugin.FeedLink;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/**
 * The promise part of the kommun page: every promise in force today (a kommun may have several at once, each for the
 * whole kommun or for named areas; a promise for several kommuner is listed on each of their pages), the archive by
 * year, and the feed.
 */
@Component
class PromiseMunicipalitySection implements PageSection {

  private final PromiseQueries queries;

  PromiseMunicipalitySection(PromiseQueries queries) {
    this.queries = queries;
  }

  @Override
  public Page page() {
    return Page.MUNICIPALITY;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String template() {
    return "promise/municipality-section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    String code = context.municipalityCode();
    List<Listed> all = queries.ofMunicipality(code);
    LocalDate today = LocalDate.now();
    List<Listed> current = all.stream()
        .filter(p -> !p.status().equals("CLOSED") && (p.validFrom() == null || !p.validFrom().isAfter(today))
            && !p.validTo().isBefore(today))
        .toList();
    var model = new java.util.HashMap<String, Object>();
    model.put("current", current);
    model.put("archive", all.stream().filter(p -> !current.contains(p)).toList());
    model.put("municipalityCode", code);
    String feed = "/kommuner/" + code + "/loften.atom";
    model.put("feedUrl", feed);
    return Optional.of(new SectionContent(model, List.of(new FeedLink(feed, "promise.feedMunicipality"))));
  }
}
