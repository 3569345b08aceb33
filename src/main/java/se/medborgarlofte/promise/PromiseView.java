package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a promise as readers see it: the API's JSON and the pages' model. Texts are returned verbatim, as
 * data; pages render them through {@link Markup}. {@code municipalityCode} and {@code localPoliceAreaId} are the
 * seed's shorthands (the first kommun and LPO); {@code parties} is the whole list. {@code validFrom} is null when the
 * promise runs from signing; {@code inForceFrom} is then the signing day, once known.
 */
public record PromiseView(
    UUID id,
    String municipalityCode,
    Long localPoliceAreaId,
    List<String> municipalityCodes,
    List<Long> localPoliceAreaIds,
    List<String> shownIn,
    List<PromiseParty> parties,
    List<Area> areas,
    boolean example,
    PromiseStatus status,
    int version,
    String title,
    LocalDate validFrom,
    LocalDate validTo,
    PeriodPrecision periodPrecision,
    LocalDate inForceFrom,
    LocalDate originalValidTo,
    int followUpIntervalMonths,
    LocalDate evaluationDate,
    List<LocalDate> followUpDates,
    List<String> problemCategories,
    String introduction,
    String problemDescription,
    String situation,
    String followUpDescription,
    OffsetDateTime publishedAt,
    Source source,
    List<CommitmentView> commitments,
    int warningCount,
    List<Signature> signatures,
    List<VersionRef> versions,
    List<Extension> extensions,
    String closedReason) {

  /**
   * A commitment with its SMART warnings. {@code party} is the seed's shorthand (MUNICIPALITY, POLICE or JOINT) when
   * the owners are one of those, otherwise null: read {@code owners}.
   */
  public record CommitmentView(UUID id, String party, List<String> owners, String ownerNote, CommitmentKind kind,
      String text, ActivityType activityType, List<String> problemCategories, List<String> places,
      List<Long> placeIds, String target, Quantity quantity, String indicator, String responsibleRole,
      List<String> warnings) {}

  /** Commitments that share one owner set, in the order pages show them. */
  public record OwnerGroup(List<String> owners, List<CommitmentView> commitments) {}

  /** A version in the history. */
  public record VersionRef(int version, PromiseStatus status, OffsetDateTime publishedAt) {}

  /**
   * The given version, with the history visible to the reader: all versions and who recorded each signature for
   * those who may read drafts, only published versions and no account names for everyone else.
   */
  public static PromiseView of(Promise p, PromiseVersion v, boolean withDrafts) {
    PromiseText t = v.text();
    boolean current = p.published().map(x -> x.number() == v.number()).orElse(false) || v == p.working();
    LocalDate validTo = current ? (v.status().isOpen() ? t.validTo() : p.validTo()) : t.validTo();
    List<Extension> extensions = p.extensionsOf(v.number());
    List<PromiseParty> parties = p.parties(v);
    List<String> order = parties.stream().map(PromiseParty::key).toList();
    LocalDate inForceFrom = Promise.inForceFrom(v);
    return new PromiseView(p.id(), p.municipalityCode(), p.localPoliceAreaId(), p.municipalityCodes(),
        p.localPoliceAreaIds(), p.shownIn(), parties, t.areas(), p.example(), v.status(), v.number(), t.title(),
        t.validFrom(), validTo, t.periodPrecision(), inForceFrom, t.validTo(), t.followUpIntervalMonths(),
        t.evaluationDate(), t.followUpDates(inForceFrom, validTo), t.problemCategories(), t.introduction(),
        t.problemDescription(), t.situation(), t.followUpDescription(), v.publishedAt(), t.source(),
        v.commitments().stream().map(c -> view(c, order)).toList(), v.warningCount(),
        withDrafts ? v.signatures() : v.signatures().stream().map(Signature::withoutRecorder).toList(),
        p.versions().stream().filter(x -> withDrafts || x.publishedAt() != null)
            .map(x -> new VersionRef(x.number(), x.status(), x.publishedAt())).toList(),
        extensions, v.status() == PromiseStatus.CLOSED ? p.closedReason() : null);
  }

  private static CommitmentView view(Commitment c, List<String> partyOrder) {
    List<String> owners = c.owners().stream()
        .sorted(Comparator.comparingInt(o -> partyOrder.indexOf(o) < 0 ? Integer.MAX_VALUE : partyOrder.indexOf(o)))
        .toList();
    return new CommitmentView(c.id(), c.party() == null ? null : c.party().name(), owners, c.ownerNote(), c.kind(),
        c.text(), c.activityType(), c.problemCategories(), c.places(), c.placeIds(), c.target(), c.quantity(),
        c.indicator(), c.responsibleRole(), c.warnings());
  }

  /** The seed's grouping: the commitments whose shorthand is MUNICIPALITY, POLICE or JOINT. */
  public List<CommitmentView> commitmentsOf(String party) {
    return commitments.stream().filter(c -> party.equals(c.party())).toList();
  }

  /**
   * Commitments grouped by owner set, as pages show them: the kommun's, the police's and the joint ones first (the
   * seed's order), then every other set in the order it first appears.
   */
  public List<OwnerGroup> ownerGroups() {
    Map<List<String>, List<CommitmentView>> groups = new LinkedHashMap<>();
    for (List<String> first : List.of(List.of(PromiseParty.MUNICIPALITY), List.of(PromiseParty.POLICE),
        List.of(PromiseParty.MUNICIPALITY, PromiseParty.POLICE))) {
      groups.put(first, new ArrayList<>());
    }
    commitments.forEach(c -> groups.computeIfAbsent(c.owners(), k -> new ArrayList<>()).add(c));
    return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> new OwnerGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  /** The party with this key, if the version has it. */
  public PromiseParty party(String key) {
    return parties.stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
  }

  /** An archived promise, published as its source has it. */
  public boolean fromSource() {
    return source != null;
  }

  public boolean extended() {
    return !extensions.isEmpty();
  }

  public Extension lastExtension() {
    return extensions.isEmpty() ? null : extensions.get(extensions.size() - 1);
  }
}
