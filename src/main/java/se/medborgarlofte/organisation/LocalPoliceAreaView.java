package se.medborgarlofte.organisation;

import java.time.LocalDate;
import java.util.List;

/** An LPO with every kommun link it has had, current or ended. */
public record LocalPoliceAreaView(
    long id,
    String name,
    String policeRegion,
    String policeDistrict,
    LocalDate validFrom,
    LocalDate validTo,
    List<Link> municipalities) {

  /** One dated link to a kommun. */
  public record Link(String code, String name, LocalDate validFrom, LocalDate validTo, String note) {

    public boolean validOn(LocalDate day) {
      return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
  }

  public boolean activeOn(LocalDate day) {
    return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
  }
}
