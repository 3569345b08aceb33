package se.medborgarlofte.promise;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.ProblemCategories;

/** Turns requests into valid domain values, collecting every problem so a form can show them all at once. */
@Component
class PromiseValidation {

  static final int SECTION_MAX = 20_000;
  private final Municipalities municipalities;
  private final LocalPoliceAreas areas;
  private final ProblemCategories categories;

  PromiseValidation(Municipalities municipalities, LocalPoliceAreas areas, ProblemCategories categories) {
    this.municipalities = municipalities;
    this.areas = areas;
    this.categories = categories;
  }

  /** A new promise: the kommun must exist and the LPO must cover it on the first day of the period. */
  PromiseText newPromise(Draft d) {
    FieldErrors errors = new FieldErrors();
    if (!municipalities.exists(d.municipalityCode())) {
      errors.add("municipalityCode", "unknown municipality " + d.municipalityCode());
    } else if (d.localPoliceAreaId() == null || areas.find(d.localPoliceAreaId()).isEmpty()) {
      errors.add("localPoliceAreaId", "unknown local police area " + d.localPoliceAreaId());
    } else if (d.validFrom() != null
        && !municipalities.isCoveredBy(d.municipalityCode(), d.localPoliceAreaId(), d.validFrom())) {
      errors.add("localPoliceAreaId", "the local police area does not cover kommun " + d.municipalityCode()
          + " on " + d.validFrom());
    }
    return text(d, errors);
  }

  PromiseText text(Draft d) {
    return text(d, new FieldErrors());
  }

  private PromiseText text(Draft d, FieldErrors errors) {
    length(errors, "title", d.title(), 1, 200);
    if (d.validFrom() == null) {
      errors.add("validFrom", "is required");
    }
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
      length(errors, s, section(d, s), 0, SECTION_MAX);
    }
    errors.throwIfAny();
    categories.requireKnown("problemCategories", cats);
    return new PromiseText(d.title().strip(), d.validFrom(), d.validTo(), interval,
        d.evaluationDate() == null ? d.validTo() : d.evaluationDate(), cats, clean(d.introduction()),
        clean(d.problemDescription()), clean(d.situation()), clean(d.followUpDescription()));
  }

  Commitment commitment(UUID id, CommitmentInput c) {
    FieldErrors errors = new FieldErrors();
    if (c.party() == null) {
      errors.add("party", "is required: MUNICIPALITY, POLICE or JOINT");
    }
    length(errors, "text", c.text(), 1, 2000);
    List<String> cats = c.problemCategories() == null ? List.of()
        : c.problemCategories().stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    if (cats.isEmpty()) {
      errors.add("problemCategories", "name at least one problem category");
    }
    List<String> places = c.places() == null ? List.of()
        : c.places().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    if (places.size() > 20 || places.stream().anyMatch(p -> p.length() > 120)) {
      errors.add("places", "at most 20 places of at most 120 characters");
    }
    length(errors, "target", c.target(), 0, 500);
    length(errors, "indicator", c.indicator(), 0, 500);
    length(errors, "responsibleRole", c.responsibleRole(), 0, 200);
    errors.throwIfAny();
    categories.requireKnown("problemCategories", cats);
    return new Commitment(id, c.party(), c.text().strip(),
        c.activityType() == null ? ActivityType.OTHER : c.activityType(), cats, places, clean(c.target()),
        clean(c.indicator()), clean(c.responsibleRole()));
  }

  void signature(SignatureInput s) {
    FieldErrors errors = new FieldErrors();
    if (s.party() == null || s.party() == Party.JOINT) {
      errors.add("party", "is required: MUNICIPALITY or POLICE");
    }
    length(errors, "name", s.name(), 1, 120);
    length(errors, "title", s.title(), 1, 120);
    length(errors, "place", s.place(), 1, 120);
    if (s.signedOn() == null) {
      errors.add("signedOn", "is required");
    } else if (s.signedOn().isAfter(java.time.LocalDate.now().plusDays(1))) {
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

  private static void length(FieldErrors errors, String field, String value, int min, int max) {
    int n = value == null ? 0 : value.strip().length();
    if (n < min) {
      errors.add(field, "is required");
    } else if (n > max) {
      errors.add(field, "must be at most " + max + " characters");
    }
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
