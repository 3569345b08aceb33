package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a promise became public. Follow-up listens to it to schedule the reports every
 * {@code followUpIntervalMonths}; {@code revises} is the version it replaced, if any. {@code municipalityCode} and
 * {@code localPoliceAreaId} are the first of the promise's kommuner and LPOs (null when that side is absent);
 * {@code validFrom} is the first day in force (the signing day when the promise runs “from signing”);
 * {@code fromSource} marks an archived promise, published as its source has it.
 */
public record PromisePublished(UUID promiseId, int version, String municipalityCode, Long localPoliceAreaId,
    LocalDate validFrom, LocalDate validTo, int followUpIntervalMonths, LocalDate evaluationDate, Integer revises,
    List<String> municipalityCodes, List<Long> localPoliceAreaIds, boolean fromSource) {}
