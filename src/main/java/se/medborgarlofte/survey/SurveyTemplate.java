package se.medborgarlofte.survey;

import java.util.List;
import java.util.Optional;

/** A versioned questionnaire. {@code frozen} once a round of it has answers: a change is then a new version. */
public record SurveyTemplate(long id, String code, int version, String name, List<TemplateItem> items,
    boolean frozen) {

  public Optional<TemplateItem> item(String itemCode) {
    return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
  }
}
