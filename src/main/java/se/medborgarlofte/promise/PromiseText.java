package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;

/**
 * The written part of a promise version: title, period, follow-up plan, categories and the four sections. Section
 * texts are in a small safe markup (CommonMark, raw HTML shown as text).
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
    String followUpDescription) {

  public static final List<String> SECTIONS =
      List.of("introduction", "problemDescription", "situation", "followUpDescription");

  public PromiseText {
    problemCategories = problemCategories == null ? List.of() : List.copyOf(problemCategories);
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

  PromiseText withValidTo(LocalDate newValidTo) {
    return new PromiseText(title, validFrom, newValidTo, followUpIntervalMonths, evaluationDate, problemCategories,
        introduction, problemDescription, situation, followUpDescription);
  }

  /** The follow-up dates: every interval from the start, within the period, then the evaluation. */
  public List<LocalDate> followUpDates(LocalDate until) {
    var dates = new java.util.ArrayList<LocalDate>();
    if (followUpIntervalMonths > 0) {
      for (LocalDate d = validFrom.plusMonths(followUpIntervalMonths); !d.isAfter(until);
          d = d.plusMonths(followUpIntervalMonths)) {
        dates.add(d);
      }
    }
    return dates;
  }
}
