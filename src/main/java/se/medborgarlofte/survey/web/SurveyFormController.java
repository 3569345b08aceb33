package se.medborgarlofte.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.survey.RoundStatus;
import se.medborgarlofte.survey.SubmissionRequest;
import se.medborgarlofte.survey.Submissions;
import se.medborgarlofte.survey.SurveyRound;
import se.medborgarlofte.survey.SurveyRounds;
import se.medborgarlofte.survey.SurveyTemplates;
import se.medborgarlofte.shared.plugin.HotPath;

/**
 * The public questionnaire at {@code /enkater/{id}}: one page, plain HTML, no JavaScript, no session. The form posts
 * to the stateless API address of the same answer ({@code /api/v1/surveys/{id}/responses}, form-encoded), so no
 * session and no session-bound CSRF token is needed; cross-site posting is refused by an Origin check instead, and
 * a hidden honeypot field catches form-filling bots. The submissionId is made when the page is drawn, so a double
 * click or a resend of the same page stores one answer.
 */
@Controller
class SurveyFormController {

  static final String HONEYPOT = "website";
  static final String ANSWER_PREFIX = "a.";

  private final SurveyRounds rounds;
  private final SurveyTemplates templates;
  private final Submissions submissions;
  private final Municipalities municipalities;
  private final MessageSource messages;

  SurveyFormController(SurveyRounds rounds, SurveyTemplates templates, Submissions submissions,
      Municipalities municipalities, MessageSource messages) {
    this.rounds = rounds;
    this.templates = templates;
    this.submissions = submissions;
    this.municipalities = municipalities;
    this.messages = messages;
  }

  @GetMapping("/enkater/{id}")
  String form(@PathVariable long id, Model model, Locale locale) {
    return page(id, model, UUID.randomUUID().toString(), Map.of(), null, null, locale);
  }

  @GetMapping("/enkater/{id}/tack")
  String thanks(@PathVariable long id, Model model) {
    SurveyRound round = publicRound(id);
    model.addAttribute("round", round);
    model.addAttribute("municipality", municipalities.find(round.municipalityCode()).orElseThrow());
    return "survey/thanks";
  }

  @HotPath
  @PostMapping(path = "/api/v1/surveys/{id}/responses", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  Object submit(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
      HttpServletRequest request, HttpServletResponse response) {
    if (crossSite(request)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("problems", List.of(FieldProblem.of(null, text("survey.form.crossSite", locale))));
      return page(id, model, UUID.randomUUID().toString(), Map.of(), null, null, locale);
    }
    Map<String, String> answers = new LinkedHashMap<>();
    form.forEach((k, v) -> {
      if (k.startsWith(ANSWER_PREFIX)) {
        answers.put(k.substring(ANSWER_PREFIX.length()), v);
      }
    });
    String submissionId = form.getOrDefault("submissionId", "");
    String code = form.get("invitationCode");
    String area = form.get("area");
    if (!form.getOrDefault(HONEYPOT, "").isEmpty()) {
      // Only a program fills a field no person sees; it is told no, and nothing is stored.
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", List.of(FieldProblem.of(null, text("survey.form.honeypot", locale))));
      return page(id, model, submissionId, answers, code, area, locale);
    }
    try {
      submissions.submit(id, new SubmissionRequest(submissionId, code, area, answers));
      // 303: the browser fetches the thank-you page with GET, and a reload does not post again.
      org.springframework.web.servlet.view.RedirectView thanks =
          new org.springframework.web.servlet.view.RedirectView("/enkater/" + id + "/tack", true);
      thanks.setStatusCode(HttpStatus.SEE_OTHER);
      return thanks;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", e.problems().stream().map(p -> explain(p, locale)).toList());
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      String key = e.getMessage().contains("invitation code") ? "survey.form.codeUsed" : "survey.form.closed";
      model.addAttribute("problems", List.of(FieldProblem.of(key.endsWith("codeUsed") ? "invitationCode" : null,
          text(key, locale))));
    }
    return page(id, model, submissionId, answers, code, area, locale);
  }

  private String page(long id, Model model, String submissionId, Map<String, String> answers, String code,
      String area, Locale locale) {
    SurveyRound round = publicRound(id);
    model.addAttribute("round", round);
    model.addAttribute("municipality", municipalities.find(round.municipalityCode()).orElseThrow());
    model.addAttribute("items", templates.get(round.templateId()).items());
    model.addAttribute("answerable", answerable(round));
    model.addAttribute("submissionId", submissionId);
    model.addAttribute("answers", answers);
    model.addAttribute("code", code);
    model.addAttribute("area", area);
    model.addAttribute("lang", locale.getLanguage());
    return "survey/form";
  }

  private static boolean answerable(SurveyRound round) {
    try {
      round.requireAnswerable(java.time.LocalDate.now());
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  /** A draft is nobody's business yet: the public sees opened and closed rounds only. */
  private SurveyRound publicRound(long id) {
    SurveyRound round = rounds.get(id);
    if (round.status() == RoundStatus.DRAFT) {
      throw new NotFoundException("no survey " + id);
    }
    return round;
  }

  /** The service's problems in the reader's language, each still beside its field. */
  private FieldProblem explain(FieldProblem p, Locale locale) {
    String field = p.field() == null ? "" : p.field();
    String key;
    if (field.startsWith("answers.")) {
      key = "survey.form.badOption";
    } else if (field.equals("invitationCode")) {
      key = p.message().startsWith("no such") ? "survey.form.codeUnknown" : "survey.form.codeMissing";
    } else if (field.equals("answers")) {
      key = "survey.form.noAnswers";
    } else if (field.equals("area")) {
      key = "survey.form.badArea";
    } else {
      key = "survey.form.reload";
    }
    return new FieldProblem(null, field.startsWith("answers.") ? "a." + field.substring(8) : field,
        text(key, locale));
  }

  /**
   * A browser posting from another site says so: {@code Sec-Fetch-Site: cross-site}, or an Origin that is not this
   * host. Without a session there is no CSRF token, so this is what stops another site submitting in a visitor's
   * name (the answer is anonymous anyway, but a site must not be able to stuff our survey through its visitors).
   */
  static boolean crossSite(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    if ("null".equals(origin)) {
      return true;
    }
    try {
      URI o = URI.create(origin);
      String host = request.getHeader("Host");
      String originHost = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
      return host == null || !(host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(o.getHost()));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
