package se.medborgarlofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What a caller logs; checked by {@link Activities} against the promise before anything is stored. */
public record ActivityInput(String type, LocalDate date, String party, String place, BigDecimal lat, BigDecimal lon,
    Map<String, BigDecimal> counts, BigDecimal hoursSpent, String note) {}
