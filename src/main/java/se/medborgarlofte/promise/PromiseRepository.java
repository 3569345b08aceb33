package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.medborgarlofte.shared.ConflictException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves a whole {@link Promise}: one header row and one row per version, whose content is a JSON document
 * (text, commitments, signatures). Saving checks the row version, so two people saving at once cannot overwrite each
 * other silently.
 */
@Repository
class PromiseRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PromiseRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The stored form of a version: the text's fields at the top level (so search can weight the title). */
  record StoredVersion(String title, LocalDate validFrom, LocalDate validTo, int followUpIntervalMonths,
      LocalDate evaluationDate, List<String> problemCategories, String introduction, String problemDescription,
      String situation, String followUpDescription, List<Commitment> commitments, List<Signature> signatures,
      String municipalityPartyName, List<OtherParty> otherParties, List<Area> areas, PeriodPrecision periodPrecision,
      Source source) {

    static StoredVersion of(PromiseVersion v) {
      PromiseText t = v.text();
      return new StoredVersion(t.title(), t.validFrom(), t.validTo(), t.followUpIntervalMonths(), t.evaluationDate(),
          t.problemCategories(), t.introduction(), t.problemDescription(), t.situation(), t.followUpDescription(),
          v.commitments(), v.signatures(), t.municipalityPartyName(), t.otherParties(), t.areas(),
          t.periodPrecision(), t.source());
    }

    /** Versions stored before parties, areas and precision existed read as the seed's: two parties, by days. */
    PromiseVersion toVersion(int number, PromiseStatus status, OffsetDateTime publishedAt) {
      return new PromiseVersion(number, status, new PromiseText(title, validFrom, validTo, followUpIntervalMonths,
          evaluationDate, problemCategories, introduction, problemDescription, situation, followUpDescription,
          municipalityPartyName, otherParties, areas, periodPrecision, source),
          commitments == null ? List.of() : commitments, signatures == null ? List.of() : signatures, publishedAt);
    }
  }

  private record Head(UUID id, String municipalityCodes, String lpoIds, String shownIn, boolean example,
      String extensions, String closedReason, int rowVersion) {}

  private record Row(int version, String status, String content, OffsetDateTime publishedAt) {}

  Optional<Promise> find(UUID id) {
    Optional<Head> head = jdbc.sql("""
            select id, array_to_string(municipality_codes, ',') as municipality_codes,
                   array_to_string(lpo_ids, ',') as lpo_ids, array_to_string(shown_in, ',') as shown_in, example,
                   extensions::text as extensions, closed_reason, row_version
            from promise_promise where id = ?""")
        .param(id).query(Head.class).optional();
    return head.map(h -> {
      List<PromiseVersion> versions = jdbc.sql("""
              select version, status, content::text as content, published_at
              from promise_version where promise_id = ? order by version""")
          .param(id).query(Row.class).list().stream()
          .map(r -> json.readValue(r.content(), StoredVersion.class)
              .toVersion(r.version(), PromiseStatus.valueOf(r.status()), r.publishedAt()))
          .toList();
      List<Extension> extensions = json.readValue(h.extensions(), new TypeReference<List<Extension>>() {});
      return new Promise(h.id(), split(h.municipalityCodes()),
          split(h.lpoIds()).stream().map(Long::valueOf).toList(), split(h.shownIn()), h.example(), versions,
          extensions, h.closedReason(), h.rowVersion());
    });
  }

  /** Row version of a promise, or -1: the cheap question “has anything changed?” that page caches ask. */
  int rowVersion(UUID id) {
    return jdbc.sql("select row_version from promise_promise where id = ?").param(id).query(Integer.class)
        .optional().orElse(-1);
  }

  void save(Promise p) {
    Optional<PromiseVersion> published = p.published();
    Object[] head = {p.status().name(), p.working().number(), published.map(PromiseVersion::number).orElse(null),
        Promise.inForceFrom(published.orElse(p.working())), p.validTo(), json.writeValueAsString(p.extensions()),
        p.closedReason()};
    if (p.rowVersion() < 0) {
      jdbc.sql("""
              insert into promise_promise (status, latest_version, current_version, valid_from, valid_to, extensions,
                closed_reason, id, municipality_code, lpo_id, example, municipality_codes, lpo_ids, shown_in)
              values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, string_to_array(?, ','),
                cast(string_to_array(?, ',') as bigint[]), string_to_array(?, ','))""")
          .params(concat(head, p.id(), p.municipalityCode(), p.localPoliceAreaId(), p.example(),
              join(p.municipalityCodes()), join(p.localPoliceAreaIds()), join(p.shownIn()))).update();
    } else {
      int updated = jdbc.sql("""
              update promise_promise set status = ?, latest_version = ?, current_version = ?, valid_from = ?,
                valid_to = ?, extensions = cast(? as jsonb), closed_reason = ?, updated_at = now(),
                row_version = row_version + 1
              where id = ? and row_version = ?""")
          .params(concat(head, p.id(), p.rowVersion())).update();
      if (updated == 0) {
        throw new ConflictException("the promise was changed by someone else meanwhile; reload and try again");
      }
    }
    for (PromiseVersion v : p.versions()) {
      jdbc.sql("""
              insert into promise_version (promise_id, version, status, content, published_at)
              values (?, ?, ?, cast(? as jsonb), ?)
              on conflict (promise_id, version) do update
                set status = excluded.status, content = excluded.content, published_at = excluded.published_at,
                    changed_at = now()
                where promise_version.status <> excluded.status or promise_version.content <> excluded.content""")
          .params(p.id(), v.number(), v.status().name(), json.writeValueAsString(StoredVersion.of(v)),
              v.publishedAt())
          .update();
    }
  }

  /** Kommun codes and LPO ids have no commas, so a comma-joined text carries the arrays through JDBC plainly. */
  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
  }

  private static Object[] concat(Object[] a, Object... b) {
    Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
