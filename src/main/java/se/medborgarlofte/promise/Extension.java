package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published version kept in force to a later day, with the same content and a public note. */
public record Extension(int version, LocalDate previousValidTo, LocalDate validTo, String note,
    OffsetDateTime extendedAt) {}
