package se.medborgarlofte.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.reports.HotspotPlaces;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * The kommun's ranked hotspots for its staff, each with a form that saves it as one of the kommun's places (a POINT
 * at its centre), or the name of the place already inside it. The kommun's partnership reads the page; whoever edits
 * the kommun's places (its coordinators, admins) gets the forms.
 */
@Controller
class HotspotAdminController {

  /** A kommun with thousands of small clusters would make an unusable page: the largest are the ones to plan for. */
  static final int SHOWN = 100;

  private final HotspotPlaces hotspotPlaces;
  private final Municipalities municipalities;
  private final MessageSource messages;

  HotspotAdminController(HotspotPlaces hotspotPlaces, Municipalities municipalities, MessageSource messages) {
    this.hotspotPlaces = hotspotPlaces;
    this.municipalities = municipalities;
    this.messages = messages;
  }

  /** The menu's link: the kommun asked for, or the member's own (the first, for someone working for several). */
  @GetMapping("/admin/hotspots")
  String choose(@RequestParam(required = false) String kommun) {
    Member member = CurrentMember.require();
    String chosen = kommun != null && !kommun.isBlank() ? kommun.strip()
        : member.municipalityCodes().stream().sorted().findFirst().orElse("1278");
    if (!municipalities.exists(chosen)) {
      throw new NotFoundException("no municipality " + chosen);
    }
    return "redirect:/admin/kommuner/" + chosen + "/hotspots";
  }

  @GetMapping("/admin/kommuner/{code}/hotspots")
  String page(@PathVariable String code, Model model) {
    return page(code, null, null, model);
  }

  @PostMapping("/admin/kommuner/{code}/hotspots/{hotspotId}/plats")
  String save(@PathVariable String code, @PathVariable String hotspotId,
      @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
    Member member = CurrentMember.require();
    // Check before anything is shown again: another kommun's member gets 403, not a page of this kommun's forms.
    hotspotPlaces.find(code, hotspotId);
    if (!hotspotPlaces.savesPlaces(member, code)) {
      throw new AccessDeniedException("only the kommun's coordinators may save its places");
    }
    return FormPage.submit(model, response, "name", () -> page(code, hotspotId, name, model), () -> {
      hotspotPlaces.save(member, code, hotspotId, name);
      return "redirect:/admin/kommuner/" + code + "/hotspots?sparad="
          + URLEncoder.encode(hotspotId, StandardCharsets.UTF_8) + "#" + hotspotId;
    });
  }

  /** The page; after a refused form, {@code failed} is the hotspot whose form shows what was typed and the problem. */
  private String page(String code, String failed, String typed, Model model) {
    Member member = CurrentMember.require();
    MunicipalityView m = municipalities.find(code).orElseThrow(() -> new NotFoundException("no municipality " + code));
    var locale = LocaleContextHolder.getLocale();
    var rows = hotspotPlaces.of(member, code, locale, SHOWN);
    model.addAttribute("m", m);
    // Each suggestion is free: not a place of the kommun, nor suggested for a hotspot above it.
    var taken = new java.util.HashSet<>(hotspotPlaces.placeNames(code));
    model.addAttribute("rows", rows.stream().map(r -> new Shown(r, suggestion(r, taken, locale))).toList());
    model.addAttribute("saves", hotspotPlaces.savesPlaces(member, code));
    model.addAttribute("failed", failed);
    model.addAttribute("typed", typed);
    model.addAttribute("municipalities", municipalities.all());
    return "reports/admin-hotspots";
  }

  /** A row with the name its form suggests. */
  record Shown(HotspotPlaces.Row row, String suggestion) {}

  /**
   * The category and the nearest place when one is near (Fortkörning vid Torget), else, or when that name is taken,
   * the category and the hotspot's id.
   */
  private String suggestion(HotspotPlaces.Row r, java.util.Set<String> taken, java.util.Locale locale) {
    String near = r.nearby() == null ? null : messages.getMessage("reports.hotspotPlaces.suggestionNear",
        new Object[] {r.categoryName(), r.nearby().name()}, locale);
    String name = near != null && near.length() <= 120 && !taken.contains(near.toLowerCase(java.util.Locale.ROOT))
        ? near : messages.getMessage("reports.hotspotPlaces.suggestion", new Object[] {r.categoryName(),
            r.hotspot().id()}, locale);
    taken.add(name.toLowerCase(java.util.Locale.ROOT));
    return name.length() > 120 ? name.substring(0, 120) : name;
  }
}
