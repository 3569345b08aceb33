package se.medborgarlofte.crimestats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.organisation.MunicipalityView;
import se.medborgarlofte.organisation.Populations;

/**
 * The areas a file may name and the population a rate is computed from when the file gives none: organisation's
 * SCB population of the area in the figure's year (the nearest earlier year when that one is missing; the
 * population's reference date, stored beside the rate, says which). Loaded once per import.
 */
final class AreaPopulations {

  /** How many people lived in an area on a day: what a computed rate rests on, stored beside it. */
  record Population(int people, LocalDate referenceDate) {}

  static final String COUNTRY = Populations.COUNTRY;

  private final Populations.Table populations;
  private final Set<String> areas = new HashSet<>();

  AreaPopulations(Municipalities municipalities, Populations populations) {
    this.populations = populations.table();
    areas.add(COUNTRY);
    municipalities.counties().forEach(c -> areas.add(c.code()));
    for (MunicipalityView m : municipalities.all()) {
      areas.add(m.code());
    }
  }

  boolean known(String areaCode) {
    return areas.contains(areaCode);
  }

  Optional<Population> of(String areaCode, int year) {
    return populations.of(areaCode, year).map(p -> new Population(p.people(), p.referenceDate()));
  }

  /** count / population × 100 000, to two decimals as BRÅ publishes. */
  static BigDecimal rate(long count, Population population) {
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100_000))
        .divide(BigDecimal.valueOf(population.people()), 2, RoundingMode.HALF_UP);
  }
}
