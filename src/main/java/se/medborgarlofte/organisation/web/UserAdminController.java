package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.forms.FormFields;
import se.medborgarlofte.shared.forms.FormPage;

/** Admin pages to create users and grant or revoke their memberships (ADMIN only, see SecurityConfiguration). */
@Controller
class UserAdminController {

  private final Users users;
  private final Memberships memberships;
  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;

  UserAdminController(Users users, Memberships memberships, Municipalities municipalities, LocalPoliceAreas areas) {
    this.users = users;
    this.memberships = memberships;
    this.municipalities = municipalities;
    this.areas = areas;
  }

  @GetMapping("/admin/anvandare")
  String list(Model model) {
    model.addAttribute("users", users.all());
    return "organisation/users";
  }

  @PostMapping("/admin/anvandare")
  String create(@RequestParam String username, @RequestParam String displayName,
      @RequestParam(required = false) String email, @RequestParam String password, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    model.addAttribute("form", new NewUser(username, displayName, email));
    return FormPage.submit(model, response, "username", () -> list(model), () -> {
      long id = users.create(username, displayName, email, password);
      redirect.addFlashAttribute("flashKey", "users.created");
      return "redirect:/admin/anvandare/" + id;
    });
  }

  record NewUser(String username, String displayName, String email) {}

  @GetMapping("/admin/anvandare/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("user", users.get(id));
    model.addAttribute("roles", Role.values());
    model.addAttribute("municipalities", municipalities.all());
    model.addAttribute("lpos", areas.all());
    return "organisation/user";
  }

  @PostMapping("/admin/anvandare/{id}/medlemskap")
  String grant(@PathVariable long id, @RequestParam(required = false) String role,
      @RequestParam(required = false) String municipalityCode, @RequestParam(required = false) String lpoId,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      Role r = parseRole(role);
      FormFields fields = new FormFields();
      Long lpo = fields.id("lpoId", lpoId);
      fields.check();
      memberships.grant(id, r, municipalityCode, lpo);
      redirect.addFlashAttribute("flashKey", "users.granted");
      return "redirect:/admin/anvandare/" + id;
    });
  }

  @PostMapping("/admin/anvandare/{id}/medlemskap/{membershipId}/ta-bort")
  String revoke(@PathVariable long id, @PathVariable long membershipId, RedirectAttributes redirect) {
    memberships.revoke(id, membershipId);
    redirect.addFlashAttribute("flashKey", "users.revoked");
    return "redirect:/admin/anvandare/" + id;
  }

  @PostMapping("/admin/anvandare/{id}/aktiv")
  String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    users.setEnabled(id, enabled);
    redirect.addFlashAttribute("flashKey", enabled ? "users.enabled" : "users.disabled");
    return "redirect:/admin/anvandare/" + id;
  }

  @PostMapping("/admin/anvandare/{id}/losenord")
  String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      users.resetPassword(id, password);
      redirect.addFlashAttribute("flashKey", "users.passwordReset");
      return "redirect:/admin/anvandare/" + id;
    });
  }

  private static Role parseRole(String role) {
    try {
      return Role.valueOf(role);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(new FieldErrors().add("role", "choose a role").problems());
    }
  }
}
