package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of a promise became public. Follow-up listens to it to schedule the reports every
 * {@code followUpIntervalMonths}; {@code revises} is the version it replaced, if any.
 */
public record PromisePublished(UUID promiseId, int version, String municipalityCode, long localPoliceAreaId,
    LocalDate validFrom, LocalDate validTo, int followUpIntervalMonths, LocalDate evaluationDate, Integer revises) {}
