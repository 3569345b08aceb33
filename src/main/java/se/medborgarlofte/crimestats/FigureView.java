package se.medborgarlofte.crimestats;

import java.math.BigDecimal;

/**
 * A figure as readers get it: the final one where there is one, else the preliminary. {@code populationUsed} is the
 * population a computed rate rests on (null when the source gave the rate), dated by {@code populationDate}.
 */
public record FigureView(String areaCode, String period, String crimeType, FigureStatus status, Long count,
    BigDecimal ratePer100k, Integer populationUsed, java.time.LocalDate populationDate, boolean example) {}
