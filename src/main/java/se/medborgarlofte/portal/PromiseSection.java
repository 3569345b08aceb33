package se.medborgarlofte.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.medborgarlofte.promise.PromiseQueries;
import se.medborgarlofte.promise.PromiseQueries.Listed;

/** The promise part of the kommun page: the promise in force today, if any, and the archive by year. */
@Component
class PromiseSection implements MunicipalityPageSection {

  private final PromiseQueries queries;

  PromiseSection(PromiseQueries queries) {
    this.queries = queries;
  }

  @Override
  public void contribute(String municipalityCode, Model model, Locale locale) {
    List<Listed> all = queries.ofMunicipality(municipalityCode);
    LocalDate today = LocalDate.now();
    Listed current = all.stream()
        .filter(p -> !p.status().equals("CLOSED") && !p.validFrom().isAfter(today) && !p.validTo().isBefore(today))
        .findFirst().orElse(null);
    model.addAttribute("currentPromise", current);
    model.addAttribute("promiseArchive", all.stream().filter(p -> p != current).toList());
    model.addAttribute("promiseMunicipalityCode", municipalityCode);
    model.addAttribute("feedUrl", "/kommuner/" + municipalityCode + "/loften.atom");
  }

  @Override
  public String template() {
    return "promise/municipality-section";
  }
}
