package se.medborgarlofte.promise.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.medborgarlofte.promise.Area;
import se.medborgarlofte.promise.OtherParty;
import se.medborgarlofte.promise.PartyKind;
import se.medborgarlofte.promise.PeriodPrecision;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseRequests.AreaInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.OtherPartyInput;
import se.medborgarlofte.promise.PromiseRequests.SourceInput;
import se.medborgarlofte.promise.PromiseText;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The promise draft form as typed: text in every field, so a refused form shows back exactly what was entered
 * (a mistyped date too) next to its problem. More kommuner are typed as kommun codes, areas as a comma-separated
 * list, and third parties in a few rows of key, name and kind (the same index in each list is one party), so the
 * form needs no script.
 */
record DraftForm(String municipalityCode, String localPoliceAreaId, String title, String validFrom, String validTo,
    String followUpIntervalMonths, String evaluationDate, List<String> problemCategories, String introduction,
    String problemDescription, String situation, String followUpDescription, String moreMunicipalityCodes,
    String municipalityPartyName, List<String> otherPartyKey, List<String> otherPartyName,
    List<String> otherPartyKind, String areas, String periodPrecision, String sourceUrl, String sourceTitle,
    String sourcePublishedOn, List<String> moreLocalPoliceAreaIds) {

  /** Rows for third parties on the form: enough for the four-party city-centre promises we have read. */
  static final int PARTY_ROWS = 5;

  static DraftForm of(Draft d) {
    return new DraftForm(d.municipalityCode(), text(d.localPoliceAreaId()), d.title(), text(d.validFrom()),
        text(d.validTo()), text(d.followUpIntervalMonths()), text(d.evaluationDate()), d.problemCategories(),
        d.introduction(), d.problemDescription(), d.situation(), d.followUpDescription(), null, null, List.of(),
        List.of(), List.of(), null, null, null, null, null, List.of());
  }

  /** A draft's text as the form shows it for editing. */
  static DraftForm of(Promise p) {
    PromiseText t = p.working().text();
    List<OtherParty> others = t.otherParties();
    return new DraftForm(p.municipalityCode(), text(p.localPoliceAreaId()), t.title(), text(t.validFrom()),
        text(t.validTo()), text(t.followUpIntervalMonths()), text(t.evaluationDate()), t.problemCategories(),
        t.introduction(), t.problemDescription(), t.situation(), t.followUpDescription(),
        String.join(", ", p.municipalityCodes().stream().skip(1).toList()), t.municipalityPartyName(),
        others.stream().map(OtherParty::key).toList(), others.stream().map(OtherParty::name).toList(),
        others.stream().map(o -> o.kind().name()).toList(),
        String.join(", ", t.areas().stream().map(Area::name).toList()), t.periodPrecision().name(),
        t.source() == null ? null : t.source().url(), t.source() == null ? null : t.source().title(),
        t.source() == null ? null : text(t.source().publishedOn()),
        p.localPoliceAreaIds().stream().skip(1).map(String::valueOf).toList());
  }

  /** The draft, if every field could be read; otherwise invalid input naming each field that could not. */
  Draft read() {
    FormFields fields = new FormFields();
    List<OtherPartyInput> others = new ArrayList<>();
    for (int i = 0; i < size(otherPartyName); i++) {
      String name = at(otherPartyName, i);
      String key = at(otherPartyKey, i);
      if (!blank(name) || !blank(key)) {
        others.add(new OtherPartyInput(key == null ? null : key.strip(), name,
            fields.choice("otherParties.kind", at(otherPartyKind, i), PartyKind.class)));
      }
    }
    boolean hasSource = !blank(sourceUrl) || !blank(sourceTitle);
    Draft draft = new Draft(blank(municipalityCode) ? null : municipalityCode,
        fields.id("localPoliceAreaId", localPoliceAreaId), title, fields.date("validFrom", validFrom),
        fields.date("validTo", validTo), fields.whole("followUpIntervalMonths", followUpIntervalMonths),
        fields.date("evaluationDate", evaluationDate), problemCategories, introduction, problemDescription, situation,
        followUpDescription, split(moreMunicipalityCodes), moreLocalPoliceAreaIds == null ? null
            : moreLocalPoliceAreaIds.stream().map(id -> fields.id("localPoliceAreaIds", id))
                .filter(Objects::nonNull).toList(),
        municipalityPartyName, others,
        split(areas).stream().map(a -> new AreaInput(a, null)).toList(),
        fields.choice("periodPrecision", periodPrecision, PeriodPrecision.class),
        hasSource ? new SourceInput(sourceUrl, sourceTitle, fields.date("source.publishedOn", sourcePublishedOn))
            : null);
    fields.check();
    return draft;
  }

  /** The year after this one, as most promises run: the form's starting point for a new draft. */
  static DraftForm fresh(String municipalityCode, Long localPoliceAreaId) {
    int year = LocalDate.now().getYear() + 1;
    return of(new Draft(municipalityCode, localPoliceAreaId, null, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), 6, null, List.of(), null, null, null, null));
  }

  /** The party rows the form shows: those typed, then empty ones up to {@link #PARTY_ROWS}. */
  public List<Integer> partyRows() {
    int n = Math.max(PARTY_ROWS, size(otherPartyName) + 1);
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

  /** Whether an LPO beyond the first was ticked; public because the template calls it. */
  public boolean hasMoreLpo(long id) {
    return moreLocalPoliceAreaIds != null && moreLocalPoliceAreaIds.contains(String.valueOf(id));
  }

  public String partyKey(int i) {
    return at(otherPartyKey, i);
  }

  public String partyName(int i) {
    return at(otherPartyName, i);
  }

  public String partyKind(int i) {
    return at(otherPartyKind, i);
  }

  private static List<String> split(String text) {
    return text == null ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static int size(List<String> list) {
    return list == null ? 0 : list.size();
  }

  private static String at(List<String> list, int i) {
    return list == null || i >= list.size() ? null : list.get(i);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }
}
