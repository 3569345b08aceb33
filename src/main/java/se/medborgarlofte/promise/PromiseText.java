package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;

/**
 * The written part of a promise version: title, period (with its precision; no first day means “from signing”),
 * follow-up plan, categories, the four sections, and how the parties and the area are written: the kommun side's name
 * as written, the third parties, the areas, and for an archived promise its source. Section texts are in a small safe
 * markup (CommonMark, raw HTML shown as text).
 */
public record PromiseText(
    String title,
    LocalDate validFrom,
    LocalDate validTo,
    int followUpIntervalMonths,
    LocalDate evaluationDate,
    List<String> problemCategories,
    String introduction,
    String problemDescription,
    String situation,
    String followUpDescription,
    String municipalityPartyName,
    List<OtherParty> otherParties,
    List<Area> areas,
    PeriodPrecision periodPrecision,
    Source source) {

  public static final List<String> SECTIONS =
      List.of("introduction", "problemDescription", "situation", "followUpDescription");

  public PromiseText {
    problemCategories = problemCategories == null ? List.of() : List.copyOf(problemCategories);
    otherParties = otherParties == null ? List.of() : List.copyOf(otherParties);
    areas = areas == null ? List.of() : List.copyOf(areas);
    periodPrecision = periodPrecision == null ? PeriodPrecision.DAY : periodPrecision;
  }

  /** The seed's text: two parties, the whole kommun, a period given by days. */
  public PromiseText(String title, LocalDate validFrom, LocalDate validTo, int followUpIntervalMonths,
      LocalDate evaluationDate, List<String> problemCategories, String introduction, String problemDescription,
      String situation, String followUpDescription) {
    this(title, validFrom, validTo, followUpIntervalMonths, evaluationDate, problemCategories, introduction,
        problemDescription, situation, followUpDescription, null, List.of(), List.of(), PeriodPrecision.DAY, null);
  }

  public String section(String name) {
    return switch (name) {
      case "introduction" -> introduction;
      case "problemDescription" -> problemDescription;
      case "situation" -> situation;
      case "followUpDescription" -> followUpDescription;
      default -> throw new IllegalArgumentException(name);
    };
  }

  public java.util.Optional<OtherParty> otherParty(String key) {
    return otherParties.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  PromiseText withValidTo(LocalDate newValidTo) {
    return new PromiseText(title, validFrom, newValidTo, followUpIntervalMonths, evaluationDate, problemCategories,
        introduction, problemDescription, situation, followUpDescription, municipalityPartyName, otherParties, areas,
        periodPrecision, source);
  }

  /** The follow-up dates: every interval from the first day in force, within the period, then the evaluation. */
  public List<LocalDate> followUpDates(LocalDate from, LocalDate until) {
    var dates = new java.util.ArrayList<LocalDate>();
    if (followUpIntervalMonths > 0 && from != null) {
      // Counted from the first day each time, not step by step: 31 Aug + 6 months is 28 Feb, and stepping on from
      // there would move every later date to the 28th.
      for (int k = 1; !from.plusMonths((long) k * followUpIntervalMonths).isAfter(until); k++) {
        dates.add(from.plusMonths((long) k * followUpIntervalMonths));
      }
    }
    return dates;
  }

  public List<LocalDate> followUpDates(LocalDate until) {
    return followUpDates(validFrom, until);
  }
}
