package se.medborgarlofte.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.shared.AuditTrail;

/** The audit trail, newest first, filterable by kind of entity and by actor (ADMIN only). */
@Controller
class AuditLogController {

  static final int PAGE_SIZE = 50;

  private final AuditTrail audit;

  AuditLogController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/granskning")
  String log(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
      @RequestParam(defaultValue = "0") int page, Model model) {
    int p = Math.max(0, page);
    var entries = audit.latest(type, actor, PAGE_SIZE + 1, p * PAGE_SIZE);
    model.addAttribute("entries", entries.subList(0, Math.min(PAGE_SIZE, entries.size())));
    model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
    model.addAttribute("page", p);
    model.addAttribute("type", type);
    model.addAttribute("actor", actor);
    return "admin/audit";
  }
}
