package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of a promise as readers see it: the API's JSON and the pages' model. Texts are returned verbatim, as
 * data; pages render them through {@link Markup}.
 */
public record PromiseView(
    UUID id,
    String municipalityCode,
    long localPoliceAreaId,
    boolean example,
    PromiseStatus status,
    int version,
    String title,
    LocalDate validFrom,
    LocalDate validTo,
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
    List<CommitmentView> commitments,
    int warningCount,
    List<Signature> signatures,
    List<VersionRef> versions,
    List<Extension> extensions,
    String closedReason) {

  /** A commitment with its SMART warnings. */
  public record CommitmentView(UUID id, String party, String text, ActivityType activityType,
      List<String> problemCategories, List<String> places, String target, String indicator, String responsibleRole,
      List<String> warnings) {}

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
    return new PromiseView(p.id(), p.municipalityCode(), p.localPoliceAreaId(), p.example(), v.status(), v.number(),
        t.title(), t.validFrom(), validTo, t.validTo(), t.followUpIntervalMonths(), t.evaluationDate(),
        t.followUpDates(validTo), t.problemCategories(), t.introduction(), t.problemDescription(), t.situation(),
        t.followUpDescription(), v.publishedAt(),
        v.commitments().stream().map(c -> new CommitmentView(c.id(), c.party().name(), c.text(), c.activityType(),
            c.problemCategories(), c.places(), c.target(), c.indicator(), c.responsibleRole(), c.warnings())).toList(),
        v.warningCount(),
        withDrafts ? v.signatures() : v.signatures().stream().map(Signature::withoutRecorder).toList(),
        p.versions().stream().filter(x -> withDrafts || x.publishedAt() != null)
            .map(x -> new VersionRef(x.number(), x.status(), x.publishedAt())).toList(),
        extensions, v.status() == PromiseStatus.CLOSED ? p.closedReason() : null);
  }

  public List<CommitmentView> commitmentsOf(String party) {
    return commitments.stream().filter(c -> c.party().equals(party)).toList();
  }

  public boolean extended() {
    return !extensions.isEmpty();
  }

  public Extension lastExtension() {
    return extensions.isEmpty() ? null : extensions.get(extensions.size() - 1);
  }
}
