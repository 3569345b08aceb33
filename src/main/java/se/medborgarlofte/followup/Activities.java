package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.PromiseView;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import se.medborgarlofte.shared.NotFoundException;

/**
 * The write and read API of activities. Only members of a party to the promise log (403 otherwise), for their own
 * side or for a third party; an activity must fall within the promise's period (422). An import is checked whole
 * first and stored in one transaction: one bad line and nothing is stored.
 */
@Service
public class Activities {

  private final PublishedPromises promises;
  private final ActivityRepository repository;
  private final AuditTrail audit;

  Activities(PublishedPromises promises, ActivityRepository repository, AuditTrail audit) {
    this.promises = promises;
    this.repository = repository;
    this.audit = audit;
  }

  /** A line of an import, numbered as in the file (the header is line 1). */
  public record Line(int number, UUID commitmentId, String commitmentText, ActivityInput input) {}

  /** The published promise a member logs against, with its commitments and parties; 403 for others. */
  public PromiseView forParty(Member by, UUID promiseId) {
    PromiseView p = promises.require(promiseId);
    requireParty(by, p);
    return p;
  }

  @Transactional
  public UUID log(Member by, UUID promiseId, UUID commitmentId, ActivityInput input) {
    PromiseView p = promises.require(promiseId);
    requireParty(by, p);
    if (commitment(p, commitmentId) == null) {
      throw new NotFoundException("no commitment " + commitmentId + " in promise " + promiseId);
    }
    FieldErrors errors = new FieldErrors();
    check(input, p, null, errors);
    errors.throwIfAny();
    requireActsFor(by, input.party(), p);
    Activity a = activity(promiseId, commitmentId, input);
    repository.insert(List.of(a), by.getUsername());
    audit.record("followup.activity.log", "followup_activity", a.id(), null, a);
    return a.id();
  }

  /** All lines or none; every bad line is named with its field and reason. */
  /** Imports a CSV file ({@link ActivityCsv}): 422 naming every bad line and field, or all its lines stored. */
  @Transactional
  public int importCsv(Member by, UUID promiseId, byte[] csv) {
    PromiseView p = promises.require(promiseId);
    requireParty(by, p);
    ActivityCsv.Parsed parsed = ActivityCsv.parse(csv);
    return importLines(by, p, parsed.lines(), parsed.problems());
  }

  private int importLines(Member by, PromiseView p, List<Line> lines, List<FieldProblem> unreadable) {
    UUID promiseId = p.id();
    FieldErrors errors = new FieldErrors();
    List<Activity> activities = new ArrayList<>(lines.size());
    for (Line line : lines) {
      int before = errors.problems().size();
      if (line.commitmentId() == null) {
        errors.addAt(line.number(), "commitment", line.commitmentText() == null || line.commitmentText().isBlank()
            ? "a commitment id is required" : "not a commitment id: " + line.commitmentText());
      } else if (commitment(p, line.commitmentId()) == null) {
        errors.addAt(line.number(), "commitment", "no such commitment in this promise: " + line.commitmentId());
      }
      check(line.input(), p, line.number(), errors);
      if (errors.problems().size() == before) {
        if (!FollowUpAccess.actsFor(by, line.input().party(), p)) {
          errors.addAt(line.number(), "party", "you may not log for " + line.input().party());
        } else {
          activities.add(activity(promiseId, line.commitmentId(), line.input()));
        }
      }
    }
    if (lines.isEmpty() && unreadable.isEmpty()) {
      errors.addAt(1, null, "the file has no activities");
    }
    // A cell that could not be read is named once, as unreadable, not again as missing.
    Set<String> named = new HashSet<>();
    List<FieldProblem> all = new ArrayList<>();
    for (FieldProblem problem : concat(unreadable, errors.problems())) {
      if (named.add(problem.line() + "/" + problem.field())) {
        all.add(problem);
      }
    }
    if (!all.isEmpty()) {
      all.sort(Comparator.comparing(FieldProblem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
      throw new InvalidInputException(all);
    }
    repository.insert(activities, by.getUsername());
    audit.record("followup.activity.import", "followup_promise", promiseId, null,
        Map.of("activities", activities.size()));
    return activities.size();
  }

  private static List<FieldProblem> concat(List<FieldProblem> a, List<FieldProblem> b) {
    List<FieldProblem> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  public List<Activity> list(UUID promiseId, UUID commitmentId) {
    promises.require(promiseId);
    return repository.list(promiseId, commitmentId);
  }

  /** The activities of a commitment (or of all, when null) done in [from, to]. */
  public ActivitySummary summary(UUID promiseId, UUID commitmentId, LocalDate from, LocalDate to) {
    return repository.summary(promiseId, commitmentId, from, to);
  }

  static LocalDate firstDay(PromiseView p) {
    return p.inForceFrom() != null ? p.inForceFrom() : p.validFrom();
  }

  private static void requireParty(Member by, PromiseView p) {
    if (!FollowUpAccess.isParty(by, p)) {
      throw new NotAPartyException("only members of a party to the promise may log activities");
    }
  }

  private static void requireActsFor(Member by, String party, PromiseView p) {
    if (!FollowUpAccess.actsFor(by, party, p)) {
      throw new NotAPartyException("you may not log for " + party);
    }
  }

  private static PromiseView.CommitmentView commitment(PromiseView p, UUID id) {
    return p.commitments().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  private static void check(ActivityInput in, PromiseView p, Integer line, FieldErrors errors) {
    int l = line == null ? 0 : line;
    java.util.function.BiConsumer<String, String> add = (field, message) -> {
      if (line == null) {
        errors.add(field, message);
      } else {
        errors.addAt(l, field, message);
      }
    };
    if (in.type() == null || in.type().isBlank()) {
      add.accept("type", "an activity type is required");
    } else if (type(in.type()) == null) {
      add.accept("type", "unknown activity type: " + in.type());
    }
    LocalDate from = firstDay(p);
    if (in.date() == null) {
      add.accept("date", "a date is required");
    } else if ((from != null && in.date().isBefore(from)) || in.date().isAfter(p.validTo())) {
      add.accept("date", "outside the promise's period " + (from == null ? "" : from) + "–" + p.validTo());
    }
    if (in.party() == null || in.party().isBlank()) {
      add.accept("party", "the party that did it is required");
    } else if (p.party(in.party()) == null) {
      add.accept("party", "not a party to this promise: " + in.party());
    }
    if (in.hoursSpent() != null && in.hoursSpent().signum() < 0) {
      add.accept("hoursSpent", "hours cannot be negative");
    }
    if (in.counts() != null) {
      in.counts().forEach((name, value) -> {
        if (name == null || name.isBlank() || name.length() > 60) {
          add.accept("counts", "a count needs a name of at most 60 characters");
        } else if (value == null || value.signum() < 0) {
          add.accept("counts." + name, "a count must be zero or more");
        }
      });
    }
    if (in.lat() != null && in.lat().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
      add.accept("lat", "latitude must be between -90 and 90");
    }
    if (in.lon() != null && in.lon().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
      add.accept("lon", "longitude must be between -180 and 180");
    }
    if ((in.lat() == null) != (in.lon() == null)) {
      add.accept(in.lat() == null ? "lat" : "lon", "a point needs both lat and lon");
    }
    if (in.note() != null && in.note().length() > 4000) {
      add.accept("note", "at most 4000 characters");
    }
    if (in.place() != null && in.place().length() > 200) {
      add.accept("place", "at most 200 characters");
    }
  }

  static ActivityType type(String text) {
    for (ActivityType t : ActivityType.values()) {
      if (t.name().equalsIgnoreCase(text.strip())) {
        return t;
      }
    }
    return null;
  }

  private static Activity activity(UUID promiseId, UUID commitmentId, ActivityInput in) {
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    if (in.counts() != null) {
      in.counts().forEach(counts::put);
    }
    String place = in.place() == null || in.place().isBlank() ? null : in.place().strip();
    return new Activity(UUID.randomUUID(), promiseId, commitmentId, type(in.type()), in.date(), in.party(), place,
        in.lat(), in.lon(), counts, in.hoursSpent(), Objects.toString(in.note(), null));
  }
}
