package se.medborgarlofte.organisation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the dated reference data shipped in {@code classpath:data/} (see its SOURCES.md): police regions,
 * counties, municipalities, SCB population on 1 Nov 2024, and the LPO links that a public source states. As a
 * migration it runs exactly once, in one transaction, on every database.
 */
@Component
public class V4__ReferenceData extends BaseJavaMigration {

  static final String POPULATION_SOURCE = "SCB, Folkmängd 1 november 2024 (BE0101A)";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<String, String> regionOfCounty = new HashMap<>();
    for (CSVRecord r : read("police_region_counties.csv")) {
      regionOfCounty.put(r.get("county_code"), r.get("police_region"));
    }
    try (PreparedStatement ps = c.prepareStatement(
        "insert into organisation_police_region (code, official_name) values (?, ?)")) {
      for (CSVRecord r : read("police_regions.csv")) {
        ps.setString(1, r.get("police_region"));
        ps.setString(2, r.get("official_name"));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "insert into organisation_county (code, name, short_name, police_region) values (?, ?, ?, ?)")) {
      for (CSVRecord r : read("counties.csv")) {
        ps.setString(1, r.get("county_code"));
        ps.setString(2, r.get("county_name"));
        ps.setString(3, r.get("county_name_short"));
        ps.setString(4, regionOfCounty.get(r.get("county_code")));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "insert into organisation_municipality (code, name, official_name, county_code) values (?, ?, ?, ?)")) {
      for (CSVRecord r : read("municipalities.csv")) {
        ps.setString(1, r.get("kommun_code"));
        ps.setString(2, r.get("name"));
        ps.setString(3, r.get("official_name"));
        ps.setString(4, r.get("county_code"));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("""
        insert into organisation_population (municipality_code, year, population, reference_date, source)
        values (?, ?, ?, ?, ?)""")) {
      for (CSVRecord r : read("population_2024_scb.csv")) {
        LocalDate date = LocalDate.parse(r.get("reference_date"));
        ps.setString(1, r.get("kommun_code"));
        ps.setInt(2, date.getYear());
        ps.setInt(3, Integer.parseInt(r.get("population")));
        ps.setDate(4, Date.valueOf(date));
        ps.setString(5, POPULATION_SOURCE);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    loadLocalPoliceAreas(c);
  }

  private void loadLocalPoliceAreas(Connection c) throws SQLException, IOException {
    for (CSVRecord r : read("lpo_names_region_stockholm_partial.csv")) {
      lpoId(c, r.get("police_region"), r.get("lpo_name"), r.get("police_area"));
    }
    for (CSVRecord r : read("lpo_municipality_evidence_partial.csv")) {
      long lpo = lpoId(c, r.get("police_region"), r.get("lpo_name"), r.get("police_area"));
      // The source dates the evidence, not the start of the link: the link is known to hold from that month.
      LocalDate from = evidenceDate(r.get("evidence_date"));
      String subArea = r.get("sub_area").isBlank() ? null : r.get("sub_area");
      try (PreparedStatement ps = c.prepareStatement("""
          insert into organisation_lpo_municipality (lpo_id, municipality_code, valid_from, note, source_url)
          values (?, ?, ?, ?, ?)
          on conflict (lpo_id, municipality_code) do update
            set note = concat_ws(', ', organisation_lpo_municipality.note, excluded.note)""")) {
        ps.setLong(1, lpo);
        ps.setString(2, r.get("kommun_code"));
        ps.setDate(3, Date.valueOf(from));
        ps.setString(4, subArea);
        ps.setString(5, r.get("evidence_url"));
        ps.executeUpdate();
      }
      if (subArea != null) {
        try (PreparedStatement ps = c.prepareStatement("""
            insert into organisation_place (municipality_code, name, kind) values (?, ?, 'DISTRICT')
            on conflict do nothing""")) {
          ps.setString(1, r.get("kommun_code"));
          ps.setString(2, subArea);
          ps.executeUpdate();
        }
      }
    }
  }

  static LocalDate evidenceDate(String text) {
    var m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?!\\d))?").matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no year in evidence date " + text);
    }
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    return LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
  }

  private static long lpoId(Connection c, String region, String name, String district) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        insert into organisation_local_police_area (name, police_region, police_district) values (?, ?, ?)
        on conflict (police_region, lower(name)) do update set name = excluded.name returning id""")) {
      ps.setString(1, name);
      ps.setString(2, region);
      ps.setString(3, district == null || district.isBlank() ? null : district);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Iterable<CSVRecord> read(String file) throws IOException {
    Reader in = new InputStreamReader(new ClassPathResource("data/" + file).getInputStream(), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
  }
}
