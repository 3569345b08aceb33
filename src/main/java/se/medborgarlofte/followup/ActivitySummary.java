package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import se.medborgarlofte.promise.ActivityType;

/**
 * What a set of activities adds up to: how many of each type at how many places, the named counts summed, and the
 * hours. {@link #text} says it in a sentence (“14 trafikkontroller på 3 platser, 412 kontrollerade fordon, 61
 * timmar”), so nobody has to write the summary by hand.
 */
public record ActivitySummary(List<TypeLine> types, Map<String, BigDecimal> counts, BigDecimal hours) {

  /** Activities of one type and the number of distinct places they were at (places left blank not counted). */
  public record TypeLine(ActivityType type, int activities, int places) {}

  public static ActivitySummary of(List<Activity> activities) {
    Map<ActivityType, List<Activity>> byType = new TreeMap<>();
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    BigDecimal hours = BigDecimal.ZERO;
    for (Activity a : activities) {
      byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
      a.counts().forEach((name, value) -> counts.merge(name, value, BigDecimal::add));
      if (a.hoursSpent() != null) {
        hours = hours.add(a.hoursSpent());
      }
    }
    List<TypeLine> types = byType.entrySet().stream().map(e -> new TypeLine(e.getKey(), e.getValue().size(),
        (int) e.getValue().stream().map(Activity::place).filter(p -> p != null)
            .map(p -> p.toLowerCase(Locale.ROOT)).distinct().count())).toList();
    return new ActivitySummary(types, counts, hours);
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }

  public int activities() {
    return types.stream().mapToInt(TypeLine::activities).sum();
  }

  /** The sentence in the reader's language; an empty string when nothing was done. */
  public String text(MessageSource messages, Locale locale) {
    List<String> parts = new ArrayList<>();
    for (TypeLine t : types) {
      String typeKey = "followup.summary.type." + t.type().name();
      parts.add(messages.getMessage(typeKey, new Object[] {t.activities()}, locale)
          + messages.getMessage("followup.summary.places", new Object[] {t.places()}, locale));
    }
    counts.forEach((name, value) -> {
      // a count nobody named in the messages keeps its own name
      String countKey = "followup.count." + name;
      parts.add(plain(value) + " " + messages.getMessage(countKey, null, name, locale));
    });
    if (hours.signum() > 0) {
      parts.add(messages.getMessage("followup.summary.hours", new Object[] {plain(hours)}, locale));
    }
    return String.join(", ", parts);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
