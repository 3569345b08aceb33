package se.medborgarlofte.portal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.medborgarlofte.organisation.BoundaryMaps;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.PageSections;
import se.medborgarlofte.shared.plugin.PublicPage;

/** The kommun page: the place where every module's public view of a kommun comes together. */
@Controller
class MunicipalityPageController {

  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final Places places;
  private final BoundaryMaps maps;
  private final MessageSource messages;
  private final PageSections sections;

  MunicipalityPageController(Municipalities municipalities, LocalPoliceAreas areas, Places places, BoundaryMaps maps,
      MessageSource messages, PageSections sections) {
    this.municipalities = municipalities;
    this.areas = areas;
    this.places = places;
    this.maps = maps;
    this.messages = messages;
    this.sections = sections;
  }

  @PublicPage
  @GetMapping("/kommuner/{code}")
  String show(@PathVariable String code, Model model, Locale locale) {
    MunicipalityView m = municipalities.find(code)
        .orElseThrow(() -> new NotFoundException("no municipality with code " + code));
    model.addAttribute("m", m);
    model.addAttribute("lpos", areas.covering(code, java.time.LocalDate.now()));
    model.addAttribute("places", places.in(code));
    model.addAttribute("map", maps.municipality(code, messages.getMessage("municipality.mapTitle",
        new Object[] {m.name()}, locale)));
    sections.addTo(PageSection.Page.MUNICIPALITY, PageContext.municipality(code, locale), model);
    return "portal/municipality";
  }

  @PublicPage
  @GetMapping("/karta")
  String map(Model model, Locale locale) {
    var regionOfCounty = new java.util.HashMap<String, String>();
    municipalities.counties().forEach(c -> regionOfCounty.put(c.code(), c.policeRegion()));
    model.addAttribute("map", maps.national(code -> regionOfCounty.get(code.substring(0, 2)),
        messages.getMessage("map.title", null, locale)));
    model.addAttribute("counties", municipalities.counties());
    return "portal/map";
  }
}
