package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.reports.NewPlaceReport;
import se.medborgarlofte.reports.PlaceReports;
import se.medborgarlofte.reports.ReportCategories;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;
import se.medborgarlofte.shared.plugin.PublicPage;

/**
 * The public report form of a kommun. It works without JavaScript (a place from the list, a described location or
 * typed coordinates); with it, a click on the map fills in the coordinates.
 */
@Controller
class ReportFormController {

  private final PlaceReports reports;
  private final ReportCategories categories;
  private final Municipalities municipalities;
  private final Places places;
  private final ReportMap map;
  private final MessageSource messages;
  private final MapTiles tiles;

  ReportFormController(PlaceReports reports, ReportCategories categories, Municipalities municipalities,
      Places places, ReportMap map, MessageSource messages, MapTiles tiles) {
    this.tiles = tiles;
    this.reports = reports;
    this.categories = categories;
    this.municipalities = municipalities;
    this.places = places;
    this.map = map;
    this.messages = messages;
  }

  @GetMapping("/kommuner/{code}/rapportera")
  String form(@PathVariable String code, Model model, Locale locale) {
    return page(kommun(code), ReportForm.empty(), model, locale);
  }

  @PostMapping("/kommuner/{code}/rapportera")
  String submit(@PathVariable String code, @ModelAttribute("form") ReportForm form, Model model,
      HttpServletResponse response, Locale locale) {
    MunicipalityView kommun = kommun(code);
    return FormPage.submit(model, response, () -> page(kommun, form, model, locale), () -> {
      FormFields fields = new FormFields();
      Long placeId = fields.id("placeId", form.placeId());
      Double lat = fields.number("lat", form.lat());
      Double lon = fields.number("lon", form.lon());
      fields.check();
      reports.submit(new NewPlaceReport(code, form.category(), form.description(), form.timeOfDay(), lat, lon,
          placeId, form.location(), form.email(), form.website(), "WEB"));
      return "redirect:/kommuner/" + code + "/rapportera/tack";
    });
  }

  @PublicPage
  @GetMapping("/kommuner/{code}/rapportera/tack")
  String thanks(@PathVariable String code, Model model) {
    model.addAttribute("m", kommun(code));
    return "reports/thanks";
  }

  private String page(MunicipalityView kommun, ReportForm form, Model model, Locale locale) {
    model.addAttribute("m", kommun);
    model.addAttribute("form", form);
    model.addAttribute("categories", categories.all());
    model.addAttribute("places", places.in(kommun.code()));
    model.addAttribute("timesOfDay", List.of("MORNING", "DAY", "EVENING", "NIGHT"));
    model.addAttribute("map", map.draw(kommun.code(),
        messages.getMessage("reports.form.mapTitle", new Object[] {kommun.name()}, locale), List.of(), List.of()));
    model.addAttribute("tiles", tiles.enabled()
        ? java.util.Map.of("url", tiles.url(), "attribution", tiles.attribution()) : null);
    return "reports/form";
  }

  private MunicipalityView kommun(String code) {
    return municipalities.find(code).orElseThrow(() -> new NotFoundException("no municipality " + code));
  }
}
