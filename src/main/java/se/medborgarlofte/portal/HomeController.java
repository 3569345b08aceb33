package se.medborgarlofte.portal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.plugin.PublicPage;

/** Find a kommun by name or code, or browse them by county. */
@Controller
class HomeController {

  private final Municipalities municipalities;

  HomeController(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  @PublicPage
  @GetMapping("/")
  String home(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("counties", municipalities.counties());
    if (q != null && !q.isBlank()) {
      List<MunicipalityView> hits = municipalities.search(q);
      if (hits.size() == 1 && (hits.get(0).code().equals(q.strip()) || hits.get(0).name().equalsIgnoreCase(q.strip()))) {
        return "redirect:/kommuner/" + hits.get(0).code();
      }
      model.addAttribute("q", q.strip());
      model.addAttribute("results", hits);
    }
    return "portal/home";
  }

  @PublicPage
  @GetMapping("/lan/{code}")
  String county(@PathVariable String code, Model model) {
    var county = municipalities.county(code).orElseThrow(() -> new NotFoundException("no county " + code));
    model.addAttribute("county", county);
    model.addAttribute("municipalities", municipalities.inCounty(code));
    return "portal/county";
  }

  @PublicPage
  @GetMapping("/om")
  String about() {
    return "portal/about";
  }

  /** Where Spring Security forwards a signed-in user who lacks the role for a page. */
  @GetMapping("/403")
  String forbidden(jakarta.servlet.http.HttpServletResponse response, org.springframework.ui.Model model) {
    response.setStatus(403);
    model.addAttribute("status", 403);
    return "error";
  }
}
