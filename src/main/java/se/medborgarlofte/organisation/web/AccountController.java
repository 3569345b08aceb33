package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.organisation.ApiTokens;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.shared.forms.FormPage;

/** The signed-in person's own account: password and personal API tokens. */
@Controller
class AccountController {

  private final Users users;
  private final ApiTokens tokens;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  AccountController(Users users, ApiTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @GetMapping("/konto")
  String account(Model model) {
    Member me = CurrentMember.require();
    model.addAttribute("tokens", tokens.of(me));
    model.addAttribute("mustChangePassword", users.standing(me.id()).map(Users.Standing::mustChangePassword)
        .orElse(false));
    return "organisation/account";
  }

  @PostMapping("/konto/losenord")
  String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
      @RequestParam String repeatPassword, Model model, RedirectAttributes redirect, HttpServletRequest request,
      HttpServletResponse response) {
    Member me = CurrentMember.require();
    return FormPage.submit(model, response, () -> account(model), () -> {
      users.changePassword(me, currentPassword, newPassword, repeatPassword);
      keepThisSession(me, request, response);
      redirect.addFlashAttribute("flashKey", "account.passwordChanged");
      return "redirect:/konto";
    });
  }

  /**
   * A new password ends every session opened with the old one (see SessionAccountCheck); this one, which just proved
   * the old password, goes on with the new one under a new session id.
   */
  private void keepThisSession(Member me, HttpServletRequest request, HttpServletResponse response) {
    Member fresh = users.loadMember(me.id()).orElseThrow();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    SecurityContextHolder.setContext(context);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    sessions.saveContext(context, request, response);
  }

  @PostMapping("/konto/nycklar")
  String issueToken(@RequestParam String name, Model model, HttpServletResponse response) {
    // Rendered directly, not redirected: the secret is shown this once and never stored in a session or URL.
    return FormPage.submit(model, response, () -> account(model), () -> {
      model.addAttribute("newToken", tokens.issue(CurrentMember.require(), name));
      return account(model);
    });
  }

  @PostMapping("/konto/nycklar/{id}/aterkalla")
  String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(CurrentMember.require(), id);
    redirect.addFlashAttribute("flashKey", "account.tokenRevoked");
    return "redirect:/konto";
  }
}
