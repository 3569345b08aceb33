package se.medborgarlofte.crimestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;

/**
 * The areas a file may name and the population a rate is computed from when the file gives none. Organisation
 * knows each kommun's latest population and its reference date; a county's and the country's are the sums of their
 * kommuner (dated by the latest reference date among them). Loaded once per import.
 */
final class AreaPopulations {

  /** How many people lived in an area on a day: what a computed rate rests on, stored beside it. */
  record Population(int people, LocalDate referenceDate) {}

  static final String COUNTRY = "SE";

  private final Map<String, Population> populations = new HashMap<>();
  private final java.util.Set<String> areas = new java.util.HashSet<>();

  AreaPopulations(Municipalities municipalities) {
    areas.add(COUNTRY);
    municipalities.counties().forEach(c -> areas.add(c.code()));
    for (MunicipalityView m : municipalities.all()) {
      areas.add(m.code());
      if (m.population() != null) {
        Population p = new Population(m.population(), m.populationDate());
        populations.put(m.code(), p);
        populations.merge(m.countyCode(), p, AreaPopulations::sum);
        populations.merge(COUNTRY, p, AreaPopulations::sum);
      }
    }
  }

  boolean known(String areaCode) {
    return areas.contains(areaCode);
  }

  Optional<Population> of(String areaCode) {
    return Optional.ofNullable(populations.get(areaCode));
  }

  /** count / population × 100 000, to two decimals as BRÅ publishes. */
  static BigDecimal rate(long count, Population population) {
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100_000))
        .divide(BigDecimal.valueOf(population.people()), 2, RoundingMode.HALF_UP);
  }

  private static Population sum(Population a, Population b) {
    LocalDate latest = a.referenceDate() == null ? b.referenceDate()
        : b.referenceDate() == null || a.referenceDate().isAfter(b.referenceDate()) ? a.referenceDate()
        : b.referenceDate();
    return new Population(a.people() + b.people(), latest);
  }
}
