package se.medborgarlofte.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.medborgarlofte.followup.Activities;
import se.medborgarlofte.followup.Decisions;
import se.medborgarlofte.followup.FollowUp;
import se.medborgarlofte.followup.FollowUpAccess;
import se.medborgarlofte.followup.FollowUpKind;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.organisation.CurrentMember;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.forms.FormPage;

/**
 * The workspace page of one follow-up: the report written per commitment beside what its activities add up to,
 * saved as a draft, approved by each side, then published; for the evaluation also the decision. Every change goes
 * through {@link FollowUps} and {@link Decisions} exactly as the API does, so their rules, refusals (shown beside the
 * field, or at the button for a conflict such as a missing approval) and audit trail are the same.
 */
@Controller
class FollowUpAdminController {

  static final String PAGE = FollowUpDashboardController.PAGE + "/loften/{id}/uppfoljningar/{followUpId}";

  private final FollowUps followUps;
  private final Decisions decisions;
  private final Activities activities;
  private final MessageSource messages;

  FollowUpAdminController(FollowUps followUps, Decisions decisions, Activities activities, MessageSource messages) {
    this.followUps = followUps;
    this.decisions = decisions;
    this.activities = activities;
    this.messages = messages;
  }

  /** A commitment's line on the page: the report's fields, what was done, and for the evaluation the verdict. */
  record Row(int index, PromiseView.CommitmentView commitment, String activities, String proposedOutcome,
      String status, String narrative, String outcome, String verdict, String note) {}

  @GetMapping(PAGE)
  String page(@PathVariable UUID id, @PathVariable UUID followUpId, Model model, Locale locale) {
    return show(id, followUpId, null, null, model, locale);
  }

  @PostMapping(PAGE)
  String save(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam Map<String, String> params,
      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    Member member = CurrentMember.require();
    activities.forParty(member, id);
    FollowUpForm form = FollowUpForm.of(params);
    return FormPage.submit(model, response, "save", () -> show(id, followUpId, form, null, model, locale), () -> {
      followUps.edit(member, id, followUpId, form.read());
      return done(id, followUpId, "followup.report.saved", redirect);
    });
  }

  @PostMapping(PAGE + "/godkannande")
  String approve(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam(required = false) String party,
      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    Member member = CurrentMember.require();
    activities.forParty(member, id);
    return FormPage.submit(model, response, "approve", () -> show(id, followUpId, null, null, model, locale), () -> {
      followUps.approve(member, id, followUpId, party);
      return done(id, followUpId, "followup.report.approved", redirect);
    });
  }

  @PostMapping(PAGE + "/publicera")
  String publish(@PathVariable UUID id, @PathVariable UUID followUpId, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    Member member = CurrentMember.require();
    activities.forParty(member, id);
    return FormPage.submit(model, response, "publish", () -> show(id, followUpId, null, null, model, locale), () -> {
      followUps.publish(member, id, followUpId);
      return done(id, followUpId, "followup.report.published", redirect);
    });
  }

  /** The decision belongs to the evaluation: posted from its page, refused (404) on any other follow-up's. */
  @PostMapping(PAGE + "/beslut")
  String decide(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam Map<String, String> params,
      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    Member member = CurrentMember.require();
    activities.forParty(member, id);
    if (followUps.require(id, followUpId).kind() != FollowUpKind.EVALUATION) {
      throw new NotFoundException("decisions are recorded on the evaluation, not on follow-up " + followUpId);
    }
    DecisionForm form = DecisionForm.of(params);
    return FormPage.submit(model, response, "decide", () -> show(id, followUpId, null, form, model, locale), () -> {
      decisions.decide(member, id, form.read());
      return done(id, followUpId, "followup.decisionForm.saved", redirect);
    });
  }

  private static String done(UUID id, UUID followUpId, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", message);
    return "redirect:" + PAGE.replace("{id}", id.toString()).replace("{followUpId}", followUpId.toString());
  }

  /** The page, with what was typed when a form was refused ({@code report} or {@code decision}), else as saved. */
  private String show(UUID id, UUID followUpId, FollowUpForm report, DecisionForm decision, Model model,
      Locale locale) {
    Member member = CurrentMember.require();
    PromiseView p = activities.forParty(member, id);
    FollowUp f = followUps.require(id, followUpId);
    FollowUpForm shownReport = report != null ? report : FollowUpForm.of(f.report());
    boolean evaluation = f.kind() == FollowUpKind.EVALUATION;
    DecisionForm shownDecision = decision != null ? decision
        : DecisionForm.of(evaluation ? decisions.of(id).orElse(null) : null);
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (FollowUps.DraftLine d : followUps.draft(id, followUpId)) {
      UUID c = d.commitment().id();
      FollowUpForm.Line typed = shownReport.line(c);
      DecisionForm.Line judged = shownDecision.line(c);
      String proposed = d.proposedOutcome() == null ? null : d.proposedOutcome().stripTrailingZeros().toPlainString();
      rows.add(new Row(i++, d.commitment(), d.activities().text(messages, locale), proposed,
          typed == null ? null : typed.status(), typed == null ? null : typed.narrative(),
          typed != null ? typed.outcome() : proposed, judged == null ? null : judged.verdict(),
          judged == null ? null : judged.note()));
    }
    List<String> sides = FollowUps.sides(p);
    model.addAttribute("promise", p);
    model.addAttribute("followUp", f);
    model.addAttribute("state", followUps.status(f));
    model.addAttribute("rows", rows);
    model.addAttribute("summary", shownReport.summary());
    model.addAttribute("sides", sides);
    model.addAttribute("mySides", sides.stream().filter(s -> FollowUpAccess.actsFor(member, s, p)).toList());
    model.addAttribute("statuses", List.of(se.medborgarlofte.followup.CommitmentStatus.values()));
    model.addAttribute("evaluation", evaluation);
    model.addAttribute("decision", shownDecision);
    model.addAttribute("outcomes", List.of(se.medborgarlofte.followup.Decision.Outcome.values()));
    model.addAttribute("judgements", List.of(se.medborgarlofte.followup.Decision.Judgement.values()));
    return "followup/follow-up";
  }
}
