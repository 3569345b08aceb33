package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;

/** A kommun's places, for its coordinators. */
@Controller
class PlaceAdminController {

  private final Places places;
  private final Municipalities municipalities;

  PlaceAdminController(Places places, Municipalities municipalities) {
    this.places = places;
    this.municipalities = municipalities;
  }

  @GetMapping("/admin/kommuner/{code}/platser")
  String list(@PathVariable String code, Model model) {
    Member member = CurrentMember.require();
    var m = municipalities.find(code).orElseThrow(() -> new NotFoundException("no municipality " + code));
    if (!member.editsForMunicipality(code)) {
      throw new AccessDeniedException("not a coordinator of " + code);
    }
    model.addAttribute("m", m);
    model.addAttribute("places", places.in(code));
    model.addAttribute("kinds", Place.KINDS);
    return "organisation/places";
  }

  @PostMapping("/admin/kommuner/{code}/platser")
  String add(@PathVariable String code, @RequestParam(required = false) String name,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String latitude,
      @RequestParam(required = false) String longitude, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    return FormPage.submit(model, response, "name", () -> list(code, model), () -> {
      FormFields fields = new FormFields();
      Double lat = fields.number("latitude", latitude);
      Double lon = fields.number("longitude", longitude);
      fields.check();
      places.add(CurrentMember.require(), code, name, kind, lat, lon);
      redirect.addFlashAttribute("flashKey", "places.added");
      return "redirect:/admin/kommuner/" + code + "/platser";
    });
  }

  @PostMapping("/admin/kommuner/{code}/platser/{id}/ta-bort")
  String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
    places.remove(CurrentMember.require(), id);
    redirect.addFlashAttribute("flashKey", "places.removed");
    return "redirect:/admin/kommuner/" + code + "/platser";
  }
}
