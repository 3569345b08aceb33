package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A public version was kept in force to a later day with the same content. Follow-up listens to it to add the
 * follow-ups of the new months ({@code followUpIntervalMonths} counted from {@code validFrom}, the first day in
 * force) between {@code previousValidTo} and {@code validTo}. A revision publishes {@link PromisePublished} instead.
 */
public record PromiseExtended(UUID promiseId, int version, LocalDate validFrom, LocalDate previousValidTo,
    LocalDate validTo, int followUpIntervalMonths, LocalDate evaluationDate) {}
