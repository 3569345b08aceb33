package se.medborgarlofte.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A role held within one kommun or one LPO; national roles carry neither. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Membership(Long id, Role role, String municipalityCode, Long lpoId) implements java.io.Serializable {

  public boolean inMunicipality(String code) {
    return municipalityCode != null && municipalityCode.equals(code);
  }

  public boolean inLpo(long id) {
    return lpoId != null && lpoId == id;
  }
}
