package se.medborgarlofte.survey;

import java.util.List;
import java.util.Optional;

/** A versioned questionnaire. {@code frozen} once a round of it has answers: a change is then a new version. */
public record SurveyTemplate(long id, String code, int version, String name, List<TemplateItem> items,
    boolean frozen) {

  public Optional<TemplateItem> item(String itemCode) {
    for (TemplateItem i : items) { // a loop, not a stream: an answer looks up twenty items
      if (i.code().equals(itemCode)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The position of the item with this code, or -1: an answer is stored at its item's position. */
  public int indexOf(String itemCode) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).code().equals(itemCode)) {
        return i;
      }
    }
    return -1;
  }
}
