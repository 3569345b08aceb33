package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import se.medborgarlofte.shared.Party;

/** What callers send to change a promise: the API's JSON bodies and the admin forms bind to the same records. */
public final class PromiseRequests {

  private PromiseRequests() {}

  /** A new promise (municipality and LPO set) or new text for a draft (they are ignored). */
  public record Draft(String municipalityCode, Long localPoliceAreaId, String title,
      @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
      Integer followUpIntervalMonths, @DateTimeFormat(iso = ISO.DATE) LocalDate evaluationDate,
      List<String> problemCategories, String introduction, String problemDescription, String situation,
      String followUpDescription) {}

  public record CommitmentInput(Party party, String text, ActivityType activityType, List<String> problemCategories,
      List<String> places, String target, String indicator, String responsibleRole) {}

  public record SignatureInput(Party party, String name, String title,
      @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn, String place) {}

  public record ExtensionInput(@DateTimeFormat(iso = ISO.DATE) LocalDate validTo, String note) {}

  public record ReasonInput(String reason) {}
}
