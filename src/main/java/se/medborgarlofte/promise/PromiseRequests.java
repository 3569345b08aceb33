package se.medborgarlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import se.medborgarlofte.shared.Party;

/** What callers send to change a promise: the API's JSON bodies and the admin forms bind to the same records. */
public final class PromiseRequests {

  private PromiseRequests() {}

  /**
   * A new promise or new text for a draft. Its kommuner and LPOs are set when it is drafted and ignored after:
   * {@code municipalityCode} and {@code localPoliceAreaId} are shorthands for one-element
   * {@code municipalityCodes} and {@code localPoliceAreaIds}. No {@code validFrom} means “from signing”.
   */
  public record Draft(String municipalityCode, Long localPoliceAreaId, String title,
      @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
      Integer followUpIntervalMonths, @DateTimeFormat(iso = ISO.DATE) LocalDate evaluationDate,
      List<String> problemCategories, String introduction, String problemDescription, String situation,
      String followUpDescription, List<String> municipalityCodes, List<Long> localPoliceAreaIds,
      String municipalityPartyName, List<OtherPartyInput> otherParties, List<AreaInput> areas,
      PeriodPrecision periodPrecision, SourceInput source) {

    /** The seed's draft: one kommun and one LPO. */
    public Draft(String municipalityCode, Long localPoliceAreaId, String title, LocalDate validFrom,
        LocalDate validTo, Integer followUpIntervalMonths, LocalDate evaluationDate, List<String> problemCategories,
        String introduction, String problemDescription, String situation, String followUpDescription) {
      this(municipalityCode, localPoliceAreaId, title, validFrom, validTo, followUpIntervalMonths, evaluationDate,
          problemCategories, introduction, problemDescription, situation, followUpDescription, null, null, null,
          null, null, null, null);
    }

    /** The kommuner: the shorthand first, then the list, each once. */
    public List<String> allMunicipalityCodes() {
      var out = new java.util.ArrayList<String>();
      if (municipalityCode != null && !municipalityCode.isBlank()) {
        out.add(municipalityCode.strip());
      }
      if (municipalityCodes != null) {
        municipalityCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
            .filter(c -> !out.contains(c)).forEach(out::add);
      }
      return out;
    }

    /** The LPOs: the shorthand first, then the list, each once. */
    public List<Long> allLocalPoliceAreaIds() {
      var out = new java.util.ArrayList<Long>();
      if (localPoliceAreaId != null) {
        out.add(localPoliceAreaId);
      }
      if (localPoliceAreaIds != null) {
        localPoliceAreaIds.stream().filter(id -> id != null && !out.contains(id)).forEach(out::add);
      }
      return out;
    }
  }

  /** A third party: a key (lower-case ASCII letters, digits and {@code -}), its name and kind. */
  public record OtherPartyInput(String key, String name, PartyKind kind) {}

  /** A named area inside the promise's kommuner: free text, or one of their places (its name is then optional). */
  public record AreaInput(String name, Long placeId) {}

  /** Where an archived promise was first published. */
  public record SourceInput(String url, String title, @DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn) {}

  /** A quantified target: at least this many, of this unit, per period, year, month or week. */
  public record QuantityInput(BigDecimal atLeast, String unit, Quantity.Per per) {}

  /**
   * A commitment. {@code owners} are party keys; {@code party} (MUNICIPALITY, POLICE or JOINT) is the seed's
   * shorthand, used when no owners are sent.
   */
  public record CommitmentInput(Party party, String text, ActivityType activityType, List<String> problemCategories,
      List<String> places, String target, String indicator, String responsibleRole, List<String> owners,
      String ownerNote, CommitmentKind kind, QuantityInput quantity, List<Long> placeIds) {

    /** The seed's commitment, owned through the {@code party} shorthand. */
    public CommitmentInput(Party party, String text, ActivityType activityType, List<String> problemCategories,
        List<String> places, String target, String indicator, String responsibleRole) {
      this(party, text, activityType, problemCategories, places, target, indicator, responsibleRole, null, null,
          null, null, null);
    }
  }

  /** A signature for one party, by its key. Date and place may be left out only for an archived promise. */
  public record SignatureInput(String party, String name, String title,
      @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn, String place) {

    public SignatureInput(Party party, String name, String title, LocalDate signedOn, String place) {
      this(party == null ? null : party.name(), name, title, signedOn, place);
    }
  }

  /** {@code fromSource}: publish an archived promise as its source has it. */
  public record PublishInput(Boolean fromSource) {

    public boolean isFromSource() {
      return Boolean.TRUE.equals(fromSource);
    }
  }

  /**
   * {@code overrideReason}: why the promise is extended before it has been evaluated; required then, and kept in the
   * audit trail.
   */
  public record ExtensionInput(@DateTimeFormat(iso = ISO.DATE) LocalDate validTo, String note, String overrideReason) {

    public ExtensionInput(LocalDate validTo, String note) {
      this(validTo, note, null);
    }
  }

  public record ReasonInput(String reason) {}
}
