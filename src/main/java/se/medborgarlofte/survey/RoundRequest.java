package se.medborgarlofte.survey;

import java.time.LocalDate;
import java.util.List;

/** A new round as the API and the admin form send it. */
public record RoundRequest(Long templateId, String municipalityCode, String title, LocalDate opensOn,
    LocalDate closesOn, String mode, List<Area> areas, Integer minimumCellSize) {

  public record Area(String code, String name) {}
}
