package se.medborgarlofte.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.followup.Activities;
import se.medborgarlofte.followup.ActivityInput;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * The workspace page of a promise's activities: log one against a commitment, naming the party that did it, or
 * import a CSV file (all or nothing, every bad line named); the list of what is logged. The same service and rules
 * as the API: outside the period is a form error (422), a member who is not a party gets 403.
 */
@Controller
class ActivityAdminController {

  static final String PAGE = FollowUpDashboardController.PAGE + "/loften/{id}/aktiviteter";

  private final Activities activities;
  private final se.medborgarlofte.followup.FollowUps followUps;

  ActivityAdminController(Activities activities, se.medborgarlofte.followup.FollowUps followUps) {
    this.activities = activities;
    this.followUps = followUps;
  }

  @GetMapping(PAGE)
  String page(@PathVariable UUID id, Model model) {
    if (!model.containsAttribute("activity")) {
      model.addAttribute("activity", ActivityForm.empty());
    }
    return show(id, model);
  }

  @PostMapping(PAGE)
  String log(@PathVariable UUID id, @ModelAttribute("activity") ActivityForm form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    Member member = CurrentMember.require();
    PromiseView p = activities.forParty(member, id);
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      UUID commitment = form.commitmentId();
      if (commitment == null || p.commitments().stream().noneMatch(c -> c.id().equals(commitment))) {
        throw InvalidInputException.of("commitment", "choose a commitment of this promise");
      }
      ActivityInput input = form.read();
      activities.log(member, id, commitment, input);
      redirect.addFlashAttribute("done", "followup.activities.logged");
      return "redirect:" + PAGE.replace("{id}", id.toString());
    });
  }

  @PostMapping(PAGE + "/import")
  String importCsv(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
    Member member = CurrentMember.require();
    activities.forParty(member, id);
    model.addAttribute("activity", ActivityForm.empty());
    byte[] csv = file == null ? new byte[0] : file.getBytes();
    return FormPage.submit(model, response, () -> show(id, model), () -> {
      if (csv.length == 0) {
        throw InvalidInputException.of("file", "choose a CSV file");
      }
      int n = activities.importCsv(member, id, csv);
      redirect.addFlashAttribute("imported", n);
      return "redirect:" + PAGE.replace("{id}", id.toString());
    });
  }

  private String show(UUID id, Model model) {
    PromiseView p = activities.forParty(CurrentMember.require(), id);
    model.addAttribute("promise", p);
    model.addAttribute("types", List.of(ActivityType.values()));
    model.addAttribute("activities", activities.list(id, null));
    // every follow-up of the promise links to its page, not only the due ones the dashboard lists
    model.addAttribute("followUps", followUps.list(id));
    return "followup/activities";
  }
}
