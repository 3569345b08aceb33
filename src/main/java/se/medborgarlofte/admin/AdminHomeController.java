package se.medborgarlofte.admin;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;

/** The start page after login: who you are, what you may do, and where to go. */
@Controller
class AdminHomeController {

  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;

  AdminHomeController(Municipalities municipalities, LocalPoliceAreas areas) {
    this.municipalities = municipalities;
    this.areas = areas;
  }

  /** A membership spelled out for the page. */
  record Scope(String role, String municipalityCode, String municipalityName, Long lpoId, String lpoName) {}

  @GetMapping("/admin")
  String home(Model model) {
    Member member = CurrentMember.require();
    List<Scope> scopes = member.memberships().stream().map(m -> new Scope(m.role().name(), m.municipalityCode(),
        m.municipalityCode() == null ? null : municipalities.find(m.municipalityCode()).map(v -> v.name()).orElse(null),
        m.lpoId(), m.lpoId() == null ? null : areas.find(m.lpoId()).map(a -> a.name()).orElse(null))).toList();
    model.addAttribute("member", member);
    model.addAttribute("scopes", scopes);
    return "admin/home";
  }
}
