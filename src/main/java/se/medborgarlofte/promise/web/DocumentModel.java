package se.medborgarlofte.promise.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.Markup;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseText;
import se.medborgarlofte.promise.PromiseVersion;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.ProblemCategory;

/** Builds what the document view needs: the version, the parties' names, labels and the sections as safe HTML. */
@Component
class DocumentModel {

  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final ProblemCategories categories;

  DocumentModel(Municipalities municipalities, LocalPoliceAreas areas, ProblemCategories categories) {
    this.municipalities = municipalities;
    this.areas = areas;
    this.categories = categories;
  }

  Map<String, Object> of(Promise p, PromiseVersion v, boolean withDrafts, Locale locale) {
    PromiseView view = PromiseView.of(p, v, withDrafts);
    Map<String, Object> model = new HashMap<>();
    model.put("promise", view);
    model.put("municipality", municipalities.find(p.municipalityCode()).orElseThrow());
    model.put("lpo", areas.get(p.localPoliceAreaId()));
    model.put("municipalityParty", partyName(municipalities.find(p.municipalityCode()).orElseThrow().name(), locale));
    model.put("categoryLabels", labels(locale));
    Map<String, String> sections = new LinkedHashMap<>();
    for (String s : PromiseText.SECTIONS) {
      sections.put(s, Markup.toHtml(v.text().section(s)));
    }
    model.put("sections", sections);
    model.put("parties", List.of("MUNICIPALITY", "POLICE", "JOINT"));
    return model;
  }

  /** "Båstads kommun", "Höörs kommun", but "Kramfors kommun": the Swedish genitive adds no s after s, x or z. */
  static String partyName(String name, Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      return name + " Municipality";
    }
    return name + (name.matches(".*[sxzSXZ]$") ? "" : "s") + " kommun";
  }

  Map<String, String> labels(Locale locale) {
    Map<String, String> labels = new HashMap<>();
    for (ProblemCategory c : categories.all()) {
      labels.put(c.code(), c.label(locale));
    }
    return labels;
  }
}
