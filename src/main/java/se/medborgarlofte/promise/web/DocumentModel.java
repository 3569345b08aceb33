package se.medborgarlofte.promise.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.LocalPoliceAreaView;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.promise.Markup;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseParty;
import se.medborgarlofte.promise.PromiseText;
import se.medborgarlofte.promise.PromiseVersion;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.promise.PromiseView.CommitmentView;
import se.medborgarlofte.promise.PromiseView.OwnerGroup;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.shared.ProblemCategory;

/**
 * Builds what the document view needs: the version, every party's name, the commitments grouped by owners under
 * headings as the parties would write them, labels, the period as precisely as given, and the sections as safe HTML.
 */
@Component
class DocumentModel {

  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final ProblemCategories categories;
  private final MessageSource messages;
  private final PromisePeriods periods;

  DocumentModel(Municipalities municipalities, LocalPoliceAreas areas, ProblemCategories categories,
      MessageSource messages, PromisePeriods periods) {
    this.municipalities = municipalities;
    this.areas = areas;
    this.categories = categories;
    this.messages = messages;
    this.periods = periods;
  }

  /** Commitments under one heading: “Kommunen lovar”, “Tillsammans lovar vi”, “Kustbevakningen lovar”. */
  record Group(String heading, List<CommitmentView> commitments) {}

  /** A party as the document lists it. */
  record PartyLine(String key, String name, String kind) {}

  Map<String, Object> of(Promise p, PromiseVersion v, boolean withDrafts, Locale locale) {
    PromiseView view = PromiseView.of(p, v, withDrafts);
    Map<String, Object> model = new HashMap<>();
    model.put("promise", view);
    List<MunicipalityView> kommuner = p.municipalityCodes().stream()
        .map(c -> municipalities.find(c).orElseThrow()).toList();
    List<LocalPoliceAreaView> lpos = p.localPoliceAreaIds().stream().map(areas::get).toList();
    String home = p.shownIn().isEmpty() ? null : p.shownIn().get(0);
    model.put("municipality", home == null ? null : municipalities.find(home).orElseThrow());
    model.put("lpo", lpos.isEmpty() ? null : lpos.get(0));
    Map<String, String> names = partyNames(view, kommuner, lpos, locale);
    model.put("partyNames", names);
    model.put("municipalityParty", names.getOrDefault(PromiseParty.MUNICIPALITY, ""));
    model.put("partyLines", view.parties().stream().map(x -> new PartyLine(x.key(), names.get(x.key()),
        x.kind().isThirdParty() ? message("promise.partyKind." + x.kind(), locale) : null)).toList());
    model.put("groups", groups(view, names, lpos, locale));
    // each commitment's owners by name, for lists that show one line per commitment (the workspace, the diff)
    Map<java.util.UUID, String> ownerNames = new HashMap<>();
    view.commitments().forEach(c -> ownerNames.put(c.id(),
        join(c.owners().stream().map(o -> names.getOrDefault(o, o)).toList(), locale)));
    model.put("ownerNames", ownerNames);
    model.put("period", periods.of(view.validFrom(), view.validTo(), view.periodPrecision(), locale));
    model.put("categoryLabels", labels(locale));
    Map<String, String> sections = new LinkedHashMap<>();
    for (String s : PromiseText.SECTIONS) {
      sections.put(s, Markup.toHtml(v.text().section(s)));
    }
    model.put("sections", sections);
    model.put("parties", List.of("MUNICIPALITY", "POLICE", "JOINT"));
    return model;
  }

  private Map<String, String> partyNames(PromiseView view, List<MunicipalityView> kommuner,
      List<LocalPoliceAreaView> lpos, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (PromiseParty party : view.parties()) {
      String name = switch (party.kind()) {
        case MUNICIPALITY -> party.name() != null ? party.name()
            : join(kommuner.stream().map(k -> partyName(k.name(), locale)).toList(), locale);
        case POLICE -> join(lpos.stream().map(l -> message("municipality.lpoName", locale, l.name())).toList(),
            locale);
        default -> party.name();
      };
      names.put(party.key(), name);
    }
    return names;
  }

  /**
   * The seed's three headings keep their words (Båstads kommun lovar, Polisen i lokalpolisområde Ängelholm lovar,
   * Tillsammans lovar vi); any other owner set is named by its parties (Polisen, Borås Stad och Borås City lovar),
   * the police side as Polisen (the police).
   */
  private List<Group> groups(PromiseView view, Map<String, String> names, List<LocalPoliceAreaView> lpos,
      Locale locale) {
    String lpoNames = join(lpos.stream().map(LocalPoliceAreaView::name).toList(), locale);
    List<Group> out = new ArrayList<>();
    for (OwnerGroup g : view.ownerGroups()) {
      String heading;
      if (g.owners().equals(List.of(PromiseParty.MUNICIPALITY))) {
        heading = message("promise.partyPromises.MUNICIPALITY", locale, names.get(PromiseParty.MUNICIPALITY),
            lpoNames);
      } else if (g.owners().equals(List.of(PromiseParty.POLICE))) {
        heading = message("promise.partyPromises.POLICE", locale, "", lpoNames);
      } else if (g.owners().equals(List.of(PromiseParty.MUNICIPALITY, PromiseParty.POLICE))) {
        heading = message("promise.partyPromises.JOINT", locale);
      } else {
        String owners = join(g.owners().stream()
            .map(o -> o.equals(PromiseParty.POLICE) ? message("promise.ownerName.POLICE", locale)
                : names.getOrDefault(o, o)).toList(), locale);
        // "the police" is lower case inside an English heading, and capitalised when it opens one
        heading = message("promise.partyPromises.OTHERS", locale,
            owners.substring(0, 1).toUpperCase(locale) + owners.substring(1));
      }
      out.add(new Group(heading, g.commitments()));
    }
    return out;
  }

  /** “A”, “A och B”, “A, B och C”. */
  private String join(List<String> parts, Locale locale) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + message("promise.and", locale) + " "
        + parts.get(parts.size() - 1);
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** “Båstads kommun”, “Höörs kommun”, but “Kramfors kommun”: the Swedish genitive adds no s after s, x or z. */
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
