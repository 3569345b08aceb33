package se.medborgarlofte.promise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A party of a promise as readers see it. The kommun side has the key {@code MUNICIPALITY} and its kommuner, the
 * police side {@code POLICE} and its LPOs; a third party has its own key. {@code name} is the name as written, when
 * the promise gives one (the kommun side's may be empty: pages then name its kommuner).
 */
public record PromiseParty(String key, PartyKind kind, String name,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> municipalityCodes,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> localPoliceAreaIds) {

  public static final String MUNICIPALITY = "MUNICIPALITY";
  public static final String POLICE = "POLICE";
}
