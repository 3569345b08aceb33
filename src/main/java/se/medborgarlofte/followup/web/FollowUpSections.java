package se.medborgarlofte.followup.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.medborgarlofte.followup.Evaluations;
import se.medborgarlofte.followup.FollowUps;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection.Page;
import se.medborgarlofte.shared.plugin.Stylesheet;

/** Follow-up's sections of the promise: “Vad har hänt?” and the evaluation, on the page and in the PDF. */
@Configuration(proxyBeanMethods = false)
class FollowUpSections {

  @Bean
  Stylesheet followUpStylesheet() {
    return new Stylesheet("/css/followup.css", 40);
  }

  @Bean
  WhatHappenedSection whatHappenedOnThePage(FollowUps followUps, MessageSource messages) {
    return new WhatHappenedSection(Page.PROMISE, followUps, messages);
  }

  @Bean
  WhatHappenedSection whatHappenedInThePdf(FollowUps followUps, MessageSource messages) {
    return new WhatHappenedSection(Page.PROMISE_DOCUMENT, followUps, messages);
  }

  @Bean
  EvaluationSection evaluationOnThePage(FollowUps followUps, Evaluations evaluations, ProblemCategories categories,
      Municipalities municipalities, MessageSource messages) {
    return new EvaluationSection(Page.PROMISE, followUps, evaluations, categories, municipalities, messages);
  }

  @Bean
  EvaluationSection evaluationInThePdf(FollowUps followUps, Evaluations evaluations, ProblemCategories categories,
      Municipalities municipalities, MessageSource messages) {
    return new EvaluationSection(Page.PROMISE_DOCUMENT, followUps, evaluations, categories, municipalities,
        messages);
  }

  /** The promise a page or PDF is about; a subject that is no promise id shows no follow-up section. */
  static Optional<UUID> promiseOf(PageContext context) {
    try {
      return Optional.of(UUID.fromString(context.subject()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
