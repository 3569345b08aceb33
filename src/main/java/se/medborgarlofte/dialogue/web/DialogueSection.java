package se.medborgarlofte.dialogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.medborgarlofte.dialogue.DialogueQueries;
import se.medborgarlofte.dialogue.DialogueView;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.ProblemCategory;
import se.medborgarlofte.shared.plugin.PageContext;
import se.medborgarlofte.shared.plugin.PageSection;
import se.medborgarlofte.shared.plugin.SectionContent;

/** Published dialogues on the kommun page: what was said, where, by how many, and the summary. */
@Component
class DialogueSection implements PageSection {

  private final DialogueQueries queries;
  private final ProblemCategories categories;
  private final Places places;

  DialogueSection(DialogueQueries queries, ProblemCategories categories, Places places) {
    this.queries = queries;
    this.categories = categories;
    this.places = places;
  }

  @Override
  public Page page() {
    return Page.MUNICIPALITY;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String template() {
    return "dialogue/section";
  }

  @Override
  public Optional<SectionContent> content(PageContext context) {
    List<DialogueView> dialogues = queries.published(context.municipalityCode(), 10);
    if (dialogues.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> labels = categories.all().stream()
        .collect(Collectors.toMap(ProblemCategory::code, c -> c.label(context.locale())));
    Map<Long, String> placeNames = places.in(context.municipalityCode()).stream()
        .collect(Collectors.toMap(Place::id, Place::name));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("dialogues", dialogues);
    model.put("labels", labels);
    model.put("places", placeNames);
    model.put("example", dialogues.stream().anyMatch(DialogueView::example));
    return Optional.of(SectionContent.of(model));
  }
}
