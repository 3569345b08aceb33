package se.medborgarlofte.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import se.medborgarlofte.followup.FollowUp;
import se.medborgarlofte.followup.FollowUpStatus;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/**
 * “Vad har hänt?” on the promise page: each published follow-up, newest first, as “you said, we did” (the
 * commitment beside its status, what was done and the outcome against the target), and every follow-up that is
 * late, so a missing report shows. Left out before anything is scheduled. On the page and in the PDF alike.
 */
class WhatHappenedSection implements PageSection {

  private final Page page;
  private final FollowUps followUps;
  private final MessageSource messages;

  WhatHappenedSection(Page page, FollowUps followUps, MessageSource messages) {
    this.page = page;
    this.followUps = followUps;
    this.messages = messages;
  }

  /** One commitment of a published report, with its activity sentence in the reader's language. */
  record Line(String text, String target, String quantity, String status, String narrative, String outcome,
      String activities) {}

  /** A published report. */
  record Report(LocalDate publishedOn, LocalDate from, LocalDate to, boolean evaluation, String summary,
      List<Line> lines) {}

  @Override
  public Page page() {
    return page;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "followup/section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    Optional<UUID> promise = FollowUpSections.promiseOf(context);
    if (promise.isEmpty()) {
      return Optional.empty();
    }
    UUID promiseId = promise.get();
    List<FollowUp> all = followUps.ofPromise(promiseId);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Report> reports = new ArrayList<>();
    List<LocalDate> overdue = new ArrayList<>();
    for (FollowUp f : all) {
      FollowUpStatus status = followUps.status(f);
      if (status == FollowUpStatus.OVERDUE) {
        overdue.add(f.dueOn());
      }
      if (f.published() != null) {
        reports.add(report(f, context));
      }
    }
    reports.sort(Comparator.comparing(Report::to).reversed());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reports", reports);
    model.put("overdue", overdue);
    model.put("next", all.stream().filter(f -> f.publishedAt() == null && !f.dueOn().isBefore(LocalDate.now()))
        .map(FollowUp::dueOn).findFirst().orElse(null));
    return Optional.of(SectionContent.of(model));
  }

  private String status(se.medborgarlofte.followup.CommitmentStatus status, PageContext context) {
    String key = "followup.status." + status.name();
    return messages.getMessage(key, null, context.locale());
  }

  private Report report(FollowUp f, PageContext context) {
    FollowUp.PublishedReport p = f.published();
    List<Line> lines = p.commitments().stream().map(c -> new Line(c.text(), c.target(), c.quantity(),
        status(c.status(), context), c.narrative(),
        c.outcome() == null ? null : c.outcome().stripTrailingZeros().toPlainString(),
        c.activities() == null ? "" : c.activities().text(messages, context.locale()))).toList();
    return new Report(f.publishedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate(),
        p.from(), p.to(), f.kind() == se.medborgarlofte.followup.FollowUpKind.EVALUATION, p.summary(), lines);
  }
}
