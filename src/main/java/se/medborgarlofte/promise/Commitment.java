package se.medborgarlofte.promise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import se.medborgarlofte.shared.Party;

/**
 * One concrete undertaking of a promise. Its id survives revisions, so a diff can tell “changed” from “removed and
 * added”. {@code owners} are party keys ({@code MUNICIPALITY}, {@code POLICE} or a third party's key); today's
 * {@code JOINT} is both sides. {@code places} are the places as written, including the names of the kommun's places
 * referred to by {@code placeIds}.
 */
public record Commitment(
    UUID id,
    List<String> owners,
    String ownerNote,
    CommitmentKind kind,
    String text,
    ActivityType activityType,
    List<String> problemCategories,
    List<String> places,
    List<Long> placeIds,
    String target,
    Quantity quantity,
    String indicator,
    String responsibleRole) {

  public Commitment {
    owners = owners == null ? List.of() : List.copyOf(owners);
    kind = kind == null ? CommitmentKind.PROMISE : kind;
    problemCategories = problemCategories == null ? List.of() : List.copyOf(problemCategories);
    places = places == null ? List.of() : List.copyOf(places);
    placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
  }

  /** The seed's two-party commitment: owned by the kommun, the police or both ({@code JOINT}). */
  public Commitment(UUID id, Party party, String text, ActivityType activityType, List<String> problemCategories,
      List<String> places, String target, String indicator, String responsibleRole) {
    this(id, ownersOf(party), null, CommitmentKind.PROMISE, text, activityType, problemCategories, places, List.of(),
        target, null, indicator, responsibleRole);
  }

  /**
   * Reads a stored commitment. Versions stored before owners existed carry only {@code party}, and a published
   * version's content is frozen, so the owners are derived here rather than rewritten in the database.
   */
  @JsonCreator
  static Commitment stored(@JsonProperty("id") UUID id, @JsonProperty("party") Party party,
      @JsonProperty("owners") List<String> owners, @JsonProperty("ownerNote") String ownerNote,
      @JsonProperty("kind") CommitmentKind kind, @JsonProperty("text") String text,
      @JsonProperty("activityType") ActivityType activityType,
      @JsonProperty("problemCategories") List<String> problemCategories,
      @JsonProperty("places") List<String> places, @JsonProperty("placeIds") List<Long> placeIds,
      @JsonProperty("target") String target, @JsonProperty("quantity") Quantity quantity,
      @JsonProperty("indicator") String indicator, @JsonProperty("responsibleRole") String responsibleRole) {
    return new Commitment(id, owners != null && !owners.isEmpty() ? owners : ownersOf(party), ownerNote, kind, text,
        activityType, problemCategories, places, placeIds, target, quantity, indicator, responsibleRole);
  }

  /** The shorthand {@code party} as owners: {@code JOINT} is the kommun and the police together. */
  public static List<String> ownersOf(Party party) {
    if (party == null) {
      return List.of();
    }
    return switch (party) {
      case MUNICIPALITY -> List.of(PromiseParty.MUNICIPALITY);
      case POLICE -> List.of(PromiseParty.POLICE);
      case JOINT -> List.of(PromiseParty.MUNICIPALITY, PromiseParty.POLICE);
    };
  }

  /** The shorthand for these owners, when there is one: MUNICIPALITY, POLICE or JOINT; otherwise null. */
  public Party party() {
    if (owners.equals(List.of(PromiseParty.MUNICIPALITY))) {
      return Party.MUNICIPALITY;
    }
    if (owners.equals(List.of(PromiseParty.POLICE))) {
      return Party.POLICE;
    }
    if (owners.size() == 2 && owners.containsAll(List.of(PromiseParty.MUNICIPALITY, PromiseParty.POLICE))) {
      return Party.JOINT;
    }
    return null;
  }

  /** SMART nudges: what a reader could not check afterwards. Never blocks saving. */
  public List<String> warnings() {
    var w = new java.util.ArrayList<String>();
    if (places.isEmpty()) {
      w.add("NO_PLACE");
    }
    if ((target == null || target.isBlank()) && quantity == null) {
      w.add("NO_TARGET");
    }
    if (indicator == null || indicator.isBlank()) {
      w.add("NO_INDICATOR");
    }
    return w;
  }

  Commitment withId(UUID newId) {
    return new Commitment(newId, owners, ownerNote, kind, text, activityType, problemCategories, places, placeIds,
        target, quantity, indicator, responsibleRole);
  }
}
