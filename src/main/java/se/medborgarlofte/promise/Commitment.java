package se.medborgarlofte.promise;

import java.util.List;
import java.util.UUID;
import se.medborgarlofte.shared.Party;

/**
 * One concrete undertaking of a promise. Its id survives revisions, so a diff can tell "changed" from "removed and
 * added".
 */
public record Commitment(
    UUID id,
    Party party,
    String text,
    ActivityType activityType,
    List<String> problemCategories,
    List<String> places,
    String target,
    String indicator,
    String responsibleRole) {

  public Commitment {
    problemCategories = problemCategories == null ? List.of() : List.copyOf(problemCategories);
    places = places == null ? List.of() : List.copyOf(places);
  }

  /** SMART nudges: what a reader could not check afterwards. Never blocks saving. */
  public List<String> warnings() {
    var w = new java.util.ArrayList<String>();
    if (places.isEmpty()) {
      w.add("NO_PLACE");
    }
    if (target == null || target.isBlank()) {
      w.add("NO_TARGET");
    }
    if (indicator == null || indicator.isBlank()) {
      w.add("NO_INDICATOR");
    }
    return w;
  }

  Commitment withId(UUID newId) {
    return new Commitment(newId, party, text, activityType, problemCategories, places, target, indicator,
        responsibleRole);
  }
}
