package se.medborgarlofte.promise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions, as a reader wants to see it: each changed section as a word-level diff, and the
 * commitments added, removed or changed (matched by id, which survives a revision).
 */
public record PromiseDiff(int fromVersion, int toVersion, List<FieldChange> fields, List<SectionChange> sections,
    List<Commitment> added, List<Commitment> removed, List<CommitmentChange> changed) {

  /** A short field (title, period, categories) before and after. */
  public record FieldChange(String field, String before, String after) {}

  /** A section whose text changed, as runs of kept, removed and inserted words. */
  public record SectionChange(String section, List<Segment> segments) {}

  /** A run of words: KEPT, REMOVED or ADDED. */
  public record Segment(Kind kind, String text) {}

  public enum Kind { KEPT, REMOVED, ADDED }

  /** A commitment present in both versions, with the fields that differ. */
  public record CommitmentChange(Commitment before, Commitment after, List<String> fields) {}

  public boolean isEmpty() {
    return fields.isEmpty() && sections.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  public static PromiseDiff between(PromiseVersion from, PromiseVersion to) {
    PromiseText a = from.text();
    PromiseText b = to.text();
    var fields = new ArrayList<FieldChange>();
    field(fields, "title", a.title(), b.title());
    field(fields, "validFrom", a.validFrom(), b.validFrom());
    field(fields, "validTo", a.validTo(), b.validTo());
    field(fields, "periodPrecision", a.periodPrecision(), b.periodPrecision());
    field(fields, "municipalityPartyName", a.municipalityPartyName(), b.municipalityPartyName());
    field(fields, "otherParties", a.otherParties().stream().map(OtherParty::name).toList(),
        b.otherParties().stream().map(OtherParty::name).toList());
    field(fields, "areas", a.areas().stream().map(Area::name).toList(), b.areas().stream().map(Area::name).toList());
    field(fields, "followUpIntervalMonths", a.followUpIntervalMonths(), b.followUpIntervalMonths());
    field(fields, "evaluationDate", a.evaluationDate(), b.evaluationDate());
    field(fields, "problemCategories", String.join(", ", a.problemCategories()),
        String.join(", ", b.problemCategories()));
    var sections = new ArrayList<SectionChange>();
    for (String s : PromiseText.SECTIONS) {
      if (!Objects.equals(a.section(s), b.section(s))) {
        sections.add(new SectionChange(s, words(nullToEmpty(a.section(s)), nullToEmpty(b.section(s)))));
      }
    }
    Map<java.util.UUID, Commitment> before = index(from.commitments());
    Map<java.util.UUID, Commitment> after = index(to.commitments());
    var added = to.commitments().stream().filter(c -> !before.containsKey(c.id())).toList();
    var removed = from.commitments().stream().filter(c -> !after.containsKey(c.id())).toList();
    var changed = new ArrayList<CommitmentChange>();
    for (Commitment c : to.commitments()) {
      Commitment old = before.get(c.id());
      if (old != null) {
        List<String> diff = changedFields(old, c);
        if (!diff.isEmpty()) {
          changed.add(new CommitmentChange(old, c, diff));
        }
      }
    }
    return new PromiseDiff(from.number(), to.number(), fields, sections, added, removed, changed);
  }

  static List<String> changedFields(Commitment a, Commitment b) {
    Map<String, Function<Commitment, Object>> getters = new LinkedHashMap<>();
    getters.put("owners", c -> new java.util.HashSet<>(c.owners()));
    getters.put("ownerNote", Commitment::ownerNote);
    getters.put("kind", Commitment::kind);
    getters.put("text", Commitment::text);
    getters.put("activityType", Commitment::activityType);
    getters.put("problemCategories", Commitment::problemCategories);
    getters.put("places", Commitment::places);
    getters.put("target", Commitment::target);
    getters.put("quantity", Commitment::quantity);
    getters.put("indicator", Commitment::indicator);
    getters.put("responsibleRole", Commitment::responsibleRole);
    return getters.entrySet().stream()
        .filter(e -> !Objects.equals(e.getValue().apply(a), e.getValue().apply(b))).map(Map.Entry::getKey).toList();
  }

  /** Longest common subsequence over words; texts are a few hundred words, so the table stays small. */
  static List<Segment> words(String before, String after) {
    String[] x = before.isBlank() ? new String[0] : before.strip().split("\\s+");
    String[] y = after.isBlank() ? new String[0] : after.strip().split("\\s+");
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var out = new ArrayList<Segment>();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        append(out, Kind.KEPT, x[i++]);
        j++;
      } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        append(out, Kind.ADDED, y[j++]);
      } else {
        append(out, Kind.REMOVED, x[i++]);
      }
    }
    return out;
  }

  private static void append(List<Segment> out, Kind kind, String word) {
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(kind, last.text() + " " + word));
    } else {
      out.add(new Segment(kind, word));
    }
  }

  private static void field(List<FieldChange> out, String name, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      out.add(new FieldChange(name, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
    }
  }

  private static Map<java.util.UUID, Commitment> index(List<Commitment> list) {
    var m = new LinkedHashMap<java.util.UUID, Commitment>();
    list.forEach(c -> m.put(c.id(), c));
    return m;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
