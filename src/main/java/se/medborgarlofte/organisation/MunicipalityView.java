package se.medborgarlofte.organisation;

import java.time.LocalDate;
import java.util.List;

/** A kommun as the public and the API see it, with the LPO(s) covering it today. */
public record MunicipalityView(
    String code,
    String name,
    String countyCode,
    String countyName,
    String policeRegion,
    Integer population,
    LocalDate populationDate,
    List<LpoRef> localPoliceAreas) {

  /** An LPO by id and name. */
  public record LpoRef(long id, String name) {}
}
