package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import se.medborgarlofte.promise.ActivityType;

/**
 * Something done under a commitment: a traffic control, a safety walk. {@code party} is the key of the party that did
 * it (a third party's too, logged by one of the sides on its behalf); {@code counts} are named figures such as
 * {@code vehiclesChecked}.
 */
public record Activity(UUID id, UUID promiseId, UUID commitmentId, ActivityType type, LocalDate date, String party,
    String place, BigDecimal lat, BigDecimal lon, Map<String, BigDecimal> counts, BigDecimal hoursSpent,
    String note) {}
