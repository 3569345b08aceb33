package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.medborgarlofte.crimestats.CrimeStatistics;
import se.medborgarlofte.crimestats.CrimeType;
import se.medborgarlofte.crimestats.CrimeTypes;
import se.medborgarlofte.crimestats.FigureStatus;
import se.medborgarlofte.crimestats.FigureView;
import se.medborgarlofte.crimestats.Period;

/**
 * Rates per 100 000 of a problem category's crime types over a 12-month window, read through crimestats' API: the
 * sum over the window's twelve months, or its one calendar year when the window is one; a final figure wins over
 * the preliminary one of the same period. A type without figures for the whole window is left out; with none left
 * the rate is null (not zero: nothing is known).
 */
@Component
class CrimeWindows {

  private final CrimeStatistics statistics;
  private final CrimeTypes types;

  CrimeWindows(CrimeStatistics statistics, CrimeTypes types) {
    this.statistics = statistics;
    this.types = types;
  }

  List<String> typesOf(String category) {
    return types.all().stream().filter(t -> category.equals(t.problemCategory())).map(CrimeType::code).toList();
  }

  /** The rate of these types in the 12 months from {@code first}. */
  BigDecimal rate(String area, List<String> crimeTypes, LocalDate first) {
    LocalDate last = first.plusMonths(12).minusDays(1);
    BigDecimal sum = null;
    for (String type : crimeTypes) {
      Optional<BigDecimal> rate = rateOfType(area, type, first, last);
      if (rate.isPresent()) {
        sum = sum == null ? rate.get() : sum.add(rate.get());
      }
    }
    return sum == null ? null : sum.setScale(1, RoundingMode.HALF_UP);
  }

  /** The mean rate of several areas (each kommun counts once); null when any is unknown. */
  BigDecimal meanRate(List<String> areas, List<String> crimeTypes, LocalDate first) {
    if (areas.isEmpty()) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String area : areas) {
      BigDecimal r = rate(area, crimeTypes, first);
      if (r == null) {
        return null;
      }
      sum = sum.add(r);
    }
    return sum.divide(BigDecimal.valueOf(areas.size()), 1, RoundingMode.HALF_UP);
  }

  private Optional<BigDecimal> rateOfType(String area, String type, LocalDate first, LocalDate last) {
    Period from = Period.month(first.getYear(), first.getMonthValue());
    Period to = Period.month(last.getYear(), last.getMonthValue());
    Map<String, FigureView> best = new HashMap<>();
    for (FigureView f : statistics.figures(area, type, from, to)) {
      FigureView seen = best.get(f.period());
      if (seen == null || (seen.status() != FigureStatus.FINAL && f.status() == FigureStatus.FINAL)) {
        best.put(f.period(), f);
      }
    }
    List<BigDecimal> months = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(1)) {
      FigureView f = best.get(Period.month(d.getYear(), d.getMonthValue()).toString());
      months.add(f == null ? null : f.ratePer100k());
    }
    if (months.stream().allMatch(m -> m != null)) {
      return Optional.of(months.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    if (first.getDayOfYear() == 1 && last.getYear() == first.getYear()) {
      FigureView year = best.get(Period.year(first.getYear()).toString());
      if (year != null && year.ratePer100k() != null) {
        return Optional.of(year.ratePer100k());
      }
    }
    return Optional.empty();
  }
}
