package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.LocalPoliceAreaView;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.promise.PromiseRequests.AreaInput;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.ProblemCategories;

/** Turns requests into valid domain values, collecting every problem so a form can show them all at once. */
@Component
class PromiseValidation {

  static final int SECTION_MAX = 20_000;
  static final int LIST_MAX = 20;
  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final Places places;
  private final ProblemCategories categories;

  PromiseValidation(Municipalities municipalities, LocalPoliceAreas areas, Places places,
      ProblemCategories categories) {
    this.municipalities = municipalities;
    this.areas = areas;
    this.places = places;
    this.categories = categories;
  }

  /** A new promise: its kommuner and LPOs, where it is shown, and its text. */
  record NewPromise(List<String> municipalityCodes, List<Long> lpoIds, List<String> shownIn, PromiseText text) {}

  /**
   * A new promise: every kommun and LPO must exist, and when both sides are present each kommun must be covered by
   * one of the LPOs on the first day (today, for a promise that runs from signing).
   */
  NewPromise newPromise(Draft d) {
    FieldErrors errors = new FieldErrors();
    List<String> codes = d.allMunicipalityCodes();
    List<Long> lpos = d.allLocalPoliceAreaIds();
    if (codes.isEmpty() && lpos.isEmpty()) {
      errors.add("municipalityCode", "name at least one kommun (municipalityCodes) or one local police area");
    }
    if (codes.size() > LIST_MAX || lpos.size() > LIST_MAX) {
      errors.add("municipalityCodes", "at most " + LIST_MAX + " kommuner and " + LIST_MAX + " local police areas");
    }
    for (String code : codes) {
      if (!municipalities.exists(code)) {
        errors.add(code.equals(d.municipalityCode()) ? "municipalityCode" : "municipalityCodes",
            "unknown municipality " + code);
      }
    }
    List<LocalPoliceAreaView> lpoViews = new ArrayList<>();
    if (errors.isEmpty()) {
      for (Long id : lpos) {
        areas.find(id).ifPresentOrElse(lpoViews::add, () -> errors.add(
            id.equals(d.localPoliceAreaId()) ? "localPoliceAreaId" : "localPoliceAreaIds",
            "unknown local police area " + id));
      }
    }
    LocalDate day = d.validFrom() == null ? LocalDate.now() : d.validFrom();
    if (errors.isEmpty() && !lpos.isEmpty()) {
      for (String code : codes) {
        if (lpos.stream().noneMatch(id -> municipalities.isCoveredBy(code, id, day))) {
          errors.add("localPoliceAreaId", (lpos.size() == 1 ? "the local police area does not cover"
              : "none of the local police areas covers") + " kommun " + code + " on " + day);
        }
      }
    }
    List<String> shownIn = codes.isEmpty()
        ? lpoViews.stream().flatMap(a -> a.municipalities().stream()).filter(l -> l.validOn(day))
            .map(LocalPoliceAreaView.Link::code).distinct().toList()
        : codes;
    return new NewPromise(codes, lpos, shownIn, text(d, errors, shownIn));
  }

  /** New text for a promise's draft; its places must lie in the kommuner it is shown in. */
  PromiseText text(Draft d, Promise p) {
    return text(d, new FieldErrors(), p.shownIn());
  }

  private PromiseText text(Draft d, FieldErrors errors, List<String> kommuner) {
    PromiseInputs.length(errors, "title", d.title(), 1, 200);
    if (d.validTo() == null) {
      errors.add("validTo", "is required");
    } else if (d.validFrom() != null && !d.validTo().isAfter(d.validFrom())) {
      errors.add("validTo", "must be after validFrom");
    }
    int interval = d.followUpIntervalMonths() == null ? 6 : d.followUpIntervalMonths();
    if (interval < 1 || interval > 24) {
      errors.add("followUpIntervalMonths", "must be 1–24 months");
    }
    if (d.evaluationDate() != null && d.validFrom() != null && d.evaluationDate().isBefore(d.validFrom())) {
      errors.add("evaluationDate", "must not be before validFrom");
    }
    List<String> cats = d.problemCategories() == null ? List.of() : d.problemCategories().stream().distinct().toList();
    if (cats.isEmpty()) {
      errors.add("problemCategories", "name at least one problem category");
    }
    for (String s : PromiseText.SECTIONS) {
      PromiseInputs.length(errors, s, section(d, s), 0, SECTION_MAX);
    }
    PromiseInputs.length(errors, "municipalityPartyName", d.municipalityPartyName(), 0, 200);
    List<OtherParty> others = PromiseInputs.otherParties(d.otherParties(), errors);
    List<Area> areaList = areas(d.areas(), kommuner, errors);
    Source source = PromiseInputs.source(d.source(), errors);
    errors.throwIfAny();
    categories.requireKnown("problemCategories", cats);
    return new PromiseText(d.title().strip(), d.validFrom(), d.validTo(), interval,
        d.evaluationDate() == null ? d.validTo() : d.evaluationDate(), cats, PromiseInputs.clean(d.introduction()),
        PromiseInputs.clean(d.problemDescription()), PromiseInputs.clean(d.situation()), PromiseInputs.clean(d.followUpDescription()),
        PromiseInputs.clean(d.municipalityPartyName()), others, areaList, d.periodPrecision(), source);
  }

  private List<Area> areas(List<AreaInput> input, List<String> kommuner, FieldErrors errors) {
    List<Area> out = new ArrayList<>();
    if (input == null) {
      return out;
    }
    if (input.size() > LIST_MAX) {
      errors.add("areas", "at most " + LIST_MAX + " areas");
    }
    for (AreaInput a : input) {
      if (a == null) {
        continue;
      }
      String name = PromiseInputs.clean(a.name());
      if (a.placeId() != null) {
        Place place = place(a.placeId(), kommuner, "areas.placeId", errors);
        if (place != null && name == null) {
          name = place.name();
        }
      }
      if (name == null) {
        errors.add("areas.name", "an area needs a name or a placeId");
      } else if (name.length() > 120) {
        errors.add("areas.name", "must be at most 120 characters");
      } else {
        out.add(new Area(name, a.placeId()));
      }
    }
    return out;
  }

  private Place place(long id, List<String> kommuner, String field, FieldErrors errors) {
    Place place = places.find(id).orElse(null);
    if (place == null) {
      errors.add(field, "unknown place " + id);
      return null;
    }
    if (!kommuner.contains(place.municipalityCode())) {
      errors.add(field, "place " + id + " (" + place.name() + ") is not in the promise's kommuner");
      return null;
    }
    return place;
  }

  /** A commitment of a promise's working version: its owners must be parties of that version. */
  Commitment commitment(UUID id, CommitmentInput c, Promise p) {
    FieldErrors errors = new FieldErrors();
    List<String> owners = c.owners() != null && !c.owners().isEmpty()
        ? c.owners().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).distinct().toList()
        : Commitment.ownersOf(c.party());
    String ownersField = c.owners() != null && !c.owners().isEmpty() ? "owners" : "party";
    if (owners.isEmpty()) {
      errors.add("party", "is required: owners (party keys), or party MUNICIPALITY, POLICE or JOINT");
    }
    List<String> keys = p.parties(p.working()).stream().map(PromiseParty::key).toList();
    for (String owner : owners) {
      if (!keys.contains(owner)) {
        errors.add(ownersField, "unknown party '" + owner + "': the promise's parties are " + String.join(", ", keys));
      }
    }
    PromiseInputs.length(errors, "ownerNote", c.ownerNote(), 0, 200);
    PromiseInputs.length(errors, "text", c.text(), 1, 2000);
    List<String> cats = c.problemCategories() == null ? List.of()
        : c.problemCategories().stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    if (cats.isEmpty()) {
      errors.add("problemCategories", "name at least one problem category");
    }
    List<String> placeNames = new ArrayList<>(c.places() == null ? List.of()
        : c.places().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList());
    List<Long> placeIds = c.placeIds() == null ? List.of()
        : c.placeIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (Long placeId : placeIds) {
      Place place = place(placeId, p.shownIn(), "placeIds", errors);
      if (place != null && !placeNames.contains(place.name())) {
        placeNames.add(place.name());
      }
    }
    if (placeNames.size() > LIST_MAX || placeNames.stream().anyMatch(x -> x.length() > 120)) {
      errors.add("places", "at most 20 places of at most 120 characters");
    }
    PromiseInputs.length(errors, "target", c.target(), 0, 500);
    Quantity quantity = PromiseInputs.quantity(c.quantity(), errors);
    PromiseInputs.length(errors, "indicator", c.indicator(), 0, 500);
    PromiseInputs.length(errors, "responsibleRole", c.responsibleRole(), 0, 200);
    errors.throwIfAny();
    categories.requireKnown("problemCategories", cats);
    return new Commitment(id, owners, PromiseInputs.clean(c.ownerNote()), c.kind(), c.text().strip(),
        c.activityType() == null ? ActivityType.OTHER : c.activityType(), cats, placeNames, placeIds,
        PromiseInputs.clean(c.target()), quantity, PromiseInputs.clean(c.indicator()), PromiseInputs.clean(c.responsibleRole()));
  }

  /**
   * A signature for one of the version's parties. An archived promise's signature may lack date and place (its
   * source may not give them); one given here needs both.
   */
  void signature(SignatureInput s, Promise p, PromiseVersion v) {
    FieldErrors errors = new FieldErrors();
    List<String> keys = p.parties(v).stream().map(PromiseParty::key).toList();
    if (s.party() == null || s.party().isBlank()) {
      errors.add("party", "is required: one of " + String.join(", ", keys));
    } else if (!keys.contains(s.party())) {
      errors.add("party", "unknown party '" + s.party() + "': the promise's parties are " + String.join(", ", keys));
    }
    PromiseInputs.length(errors, "name", s.name(), 1, 120);
    PromiseInputs.length(errors, "title", s.title(), 1, 120);
    PromiseInputs.length(errors, "place", s.place(), v.fromSource() ? 0 : 1, 120);
    if (s.signedOn() == null) {
      if (!v.fromSource()) {
        errors.add("signedOn", "is required");
      }
    } else if (s.signedOn().isAfter(LocalDate.now().plusDays(1))) {
      errors.add("signedOn", "cannot be in the future");
    }
    errors.throwIfAny();
  }

  private static String section(Draft d, String name) {
    return switch (name) {
      case "introduction" -> d.introduction();
      case "problemDescription" -> d.problemDescription();
      case "situation" -> d.situation();
      default -> d.followUpDescription();
    };
  }

}
