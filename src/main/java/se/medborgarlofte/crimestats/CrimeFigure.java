package se.medborgarlofte.crimestats;

import java.math.BigDecimal;

/**
 * One figure as read from a file, already checked: its key (area, period, crime type, status) and values. A null
 * count or rate is a value the source marked missing ("..", "-"), never zero.
 */
public record CrimeFigure(int line, FigureStatus status, Period period, String areaCode, String crimeType, Long count,
    BigDecimal ratePer100k) {}
