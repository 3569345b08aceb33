package se.medborgarlofte.promise.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.CommitmentKind;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.QuantityInput;
import se.medborgarlofte.promise.Quantity;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The add-a-commitment form as typed; places are one comma-separated field. {@code party} is one choice: the kommun,
 * the police, both, or one third party by its key; ticked {@code owners} replace it for any other owner set.
 */
record CommitmentForm(String party, String text, String activityType, List<String> problemCategories, String places,
    String target, String indicator, String responsibleRole, List<String> owners, String ownerNote, String kind,
    String quantityAtLeast, String quantityUnit, String quantityPer, List<String> placeIds) {

  static CommitmentForm empty() {
    return new CommitmentForm(null, null, null, List.of(), null, null, null, null, List.of(), null, null, null, null,
        null, List.of());
  }

  CommitmentInput read() {
    FormFields fields = new FormFields();
    boolean shorthand = party != null && Arrays.stream(Party.values()).anyMatch(p -> p.name().equals(party));
    if (!shorthand && party != null && !party.isBlank() && !party.strip().matches("[a-z0-9-]+")) {
      fields.choice("party", party, Party.class); // neither a shorthand nor a key: noted against the field
    }
    List<String> ticked = owners == null ? List.of() : owners.stream().filter(o -> !o.isBlank()).toList();
    List<String> ownerKeys = !ticked.isEmpty() ? ticked
        : !shorthand && party != null && !party.isBlank() ? List.of(party.strip()) : null;
    Double atLeast = fields.number("quantity.atLeast", quantityAtLeast);
    Quantity.Per per = fields.choice("quantity.per", quantityPer, Quantity.Per.class);
    boolean hasQuantity = atLeast != null || (quantityUnit != null && !quantityUnit.isBlank());
    CommitmentInput input = new CommitmentInput(shorthand ? Party.valueOf(party) : null, text,
        fields.choice("activityType", activityType, ActivityType.class), problemCategories, placeList(), target,
        indicator, responsibleRole, ownerKeys, ownerNote, fields.choice("kind", kind, CommitmentKind.class),
        hasQuantity ? new QuantityInput(atLeast == null ? null : BigDecimal.valueOf(atLeast), quantityUnit, per)
            : null, placeIds == null ? null
            : placeIds.stream().map(id -> fields.id("placeIds", id)).filter(java.util.Objects::nonNull).toList());
    fields.check();
    return input;
  }

  /** Whether the box for {@code code} was ticked; public because the template calls it. */
  public boolean hasCategory(String code) {
    return problemCategories != null && problemCategories.contains(code);
  }

  public boolean hasPlace(long id) {
    return placeIds != null && placeIds.contains(String.valueOf(id));
  }

  public boolean hasOwner(String key) {
    return owners != null && owners.contains(key);
  }

  private List<String> placeList() {
    if (places == null) {
      return List.of();
    }
    return Arrays.stream(places.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
