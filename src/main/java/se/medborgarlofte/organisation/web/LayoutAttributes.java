package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import se.medborgarlofte.organisation.CurrentMember;

/** What every page's layout needs: the signed-in member (admin layout) and the language switch for this URL. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

  @ModelAttribute
  void layout(HttpServletRequest request, Model model) {
    model.addAttribute("currentMember", CurrentMember.get().orElse(null));
    String path = request.getRequestURI();
    String query = request.getQueryString();
    UriComponentsBuilder base = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang");
    model.addAttribute("langSvUrl", base.cloneBuilder().queryParam("lang", "sv").build().encode().toUriString());
    model.addAttribute("langEnUrl", base.cloneBuilder().queryParam("lang", "en").build().encode().toUriString());
  }
}
