package se.medborgarlofte.crimestats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** BRÅ's crime types as this platform knows them (seeded in V30; the table takes more). */
@Service
public class CrimeTypes {

  private final JdbcClient jdbc;

  CrimeTypes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CrimeType> all() {
    return jdbc.sql("""
        select code, name_sv, name_en, bra_code, parent_code as parent, problem_category
        from crimestats_crime_type order by sort_order, code""").query(CrimeType.class).list();
  }

  /** What a generated sentence calls the type ("anmälda bostadsinbrott"), falling back to the name. */
  public String phrase(String code, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return jdbc.sql("select coalesce(" + (english ? "phrase_en, lower(name_en)" : "phrase_sv, lower(name_sv)")
        + ") from crimestats_crime_type where code = ?").param(code).query(String.class).optional().orElse(code);
  }

  /** Every code, BRÅ code and name (folded to lower case), for reading a file: one query, then lookups. */
  Map<String, String> lookup() {
    Map<String, String> byKey = new HashMap<>();
    for (CrimeType t : all()) {
      byKey.put(fold(t.code()), t.code());
      byKey.put(fold(t.nameSv()), t.code());
      byKey.put(fold(t.nameEn()), t.code());
      if (t.braCode() != null) {
        byKey.put(fold(t.braCode()), t.code());
      }
    }
    return byKey;
  }

  static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  Optional<String> resolve(Map<String, String> lookup, String codeOrName) {
    return Optional.ofNullable(lookup.get(fold(codeOrName)));
  }
}
