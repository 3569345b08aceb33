package se.medborgarlofte.organisation;

import java.time.LocalDate;

/**
 * How many people lived in an area (a kommun, a county or {@code SE}) in a year, as the answer to "the population of
 * this area in {@code year}". When SCB has no figure for that year, {@code yearUsed} names the year the figure is
 * from, so every rate computed from it can say which population it rests on.
 */
public record AreaPopulation(String areaCode, int year, int yearUsed, int people, LocalDate referenceDate) {

  /** Whether the figure is from another year than the one asked for. */
  public boolean substituted() {
    return year != yearUsed;
  }
}
