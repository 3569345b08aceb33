package se.medborgarlofte.portal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Collects the public sections other modules contribute to the kommun page (the promise, survey results, crime
 * statistics, reports). Each contributor adds its model attributes; the template shows what is there.
 */
@Component
class MunicipalitySections {

  private final List<MunicipalityPageSection> contributors;

  MunicipalitySections(List<MunicipalityPageSection> contributors) {
    this.contributors = contributors;
  }

  void addTo(String municipalityCode, Model model, Locale locale) {
    contributors.forEach(c -> c.contribute(municipalityCode, model, locale));
    model.addAttribute("sectionTemplates", contributors.stream().map(MunicipalityPageSection::template).toList());
  }
}
