package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Municipalities;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crime statistics in the running app on PostgreSQL: import by COPY, all or nothing, idempotent by hash, final
 * figures superseding preliminary ones, hand-checked comparisons and the generated sentence on the kommun page.
 * Each test uses kommuner no other test gives figures (Lund 1281, Helsingborg 1283, Landskrona 1282, Trelleborg
 * 1287), and a note column with a fresh id keeps every file's hash its own.
 */
@IntegrationTest
class CrimeStatisticsIntegrationTests {

  static final String HEADER = "status;period;area_code;crime_type;count;rate_per_100k;note\n";

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired Municipalities municipalities;
  @Autowired CrimeStatisticsSentences sentences;
  @Autowired JsonMapper json;

  MockHttpServletRequestBuilder upload(String csv, Member as) {
    return post("/api/v1/crime-statistics/imports").contentType("text/csv")
        .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic(as.getUsername(), People.PASSWORD));
  }

  static String file(String... rows) {
    String note = UUID.randomUUID().toString();
    StringBuilder b = new StringBuilder(HEADER);
    for (String row : rows) {
      b.append(row).append(';').append(note).append('\n');
    }
    return b.toString();
  }

  long importAsAdmin(String csv) throws Exception {
    String body = mvc.perform(upload(csv, people.admin())).andExpect(status().isCreated()).andReturn().getResponse()
        .getContentAsString();
    return json.readTree(body).get("importId").asLong();
  }

  @Test
  void anAdminImportsACsvBodyWithOneAuditEntryAndReadsItsHistoryEntry() throws Exception {
    String csv = file("FINAL;2015;1282;TOTAL;2 000;..", "Preliminär;2016Q1;1282;Bostadsinbrott;12;..",
        "slutlig;2015;12;THEFT;..;..");
    Member admin = people.admin();
    String body = mvc.perform(upload(csv, admin)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.preliminaryRows").value(1))
        .andExpect(jsonPath("$.finalRows").value(2)).andExpect(jsonPath("$.duplicate").value(false))
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/crime-statistics/imports/")))
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(body).get("importId").asLong();
    assertThat(audit.forEntity("CrimeStatisticsImport", String.valueOf(id))).singleElement()
        .satisfies(e -> assertThat(e.afterState()).contains("\"rows\": 3"));
    mvc.perform(get("/api/v1/crime-statistics/imports/" + id).with(httpBasic(people.analyst().getUsername(),
        People.PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.importedBy").value(admin.getUsername()));
    // ".." is stored as missing, never as zero.
    assertThat(jdbc.sql("select count is null from crimestats_figure where area_code = '12' and crime_type = 'THEFT'"
        + " and period_year = 2015").query(Boolean.class).single()).isTrue();
  }

  @Test
  void reimportingTheSameBytesChangesNothingAndSaysSo() throws Exception {
    String csv = file("FINAL;2014;1282;FRAUD;40;..");
    long first = importAsAdmin(csv);
    mvc.perform(upload(csv, people.admin())).andExpect(status().isCreated())
        .andExpect(jsonPath("$.importId").value(first)).andExpect(jsonPath("$.duplicate").value(true))
        .andExpect(jsonPath("$.rows").value(1));
    String sha = jdbc.sql("select sha256 from crimestats_import where id = ?").param(first).query(String.class)
        .single();
    // The history keeps the second attempt, as a duplicate of the first; only the first brought figures.
    assertThat(jdbc.sql("select count(*) from crimestats_import where sha256 = ? and duplicate_of is null")
        .param(sha).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from crimestats_import where duplicate_of = ?").param(first)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from crimestats_figure_revision where replaced_by = ? or import_id = ?")
        .params(first, first).query(Integer.class).single()).isZero();
    assertThat(audit.forEntity("CrimeStatisticsImport", String.valueOf(first))).hasSize(1);
  }

  @Test
  void aMultipartFileImportsToo() throws Exception {
    var file = new MockMultipartFile("file", "brå-export.csv", "text/csv",
        file("FINAL;2013;1282;DRUGS;7;..").getBytes(StandardCharsets.UTF_8));
    String body = mvc.perform(multipart("/api/v1/crime-statistics/imports").file(file)
        .with(httpBasic(people.admin().getUsername(), People.PASSWORD))).andExpect(status().isCreated())
        .andExpect(jsonPath("$.rows").value(1)).andReturn().getResponse().getContentAsString();
    long id = json.readTree(body).get("importId").asLong();
    assertThat(jdbc.sql("select file_name from crimestats_import where id = ?").param(id).query(String.class)
        .single()).isEqualTo("brå-export.csv");
  }

  @Test
  void aFileWithBadRowsIs422WithEveryProblemAndStoresNothing() throws Exception {
    String csv = file("FINAL;2012;1287;TOTAL;10;..", "FINAL;2012;9999;TOTAL;10;..", "FINAL;2012Q9;1287;TOTAL;-3;..");
    mvc.perform(upload(csv, people.admin())).andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errorCount").value(3))
        .andExpect(jsonPath("$.errors[0].line").value(3)).andExpect(jsonPath("$.errors[0].field").value("area_code"))
        .andExpect(jsonPath("$.errors[0].value").value("9999"))
        .andExpect(jsonPath("$.errors[1].field").value("period")).andExpect(jsonPath("$.errors[1].value")
            .value("2012Q9"))
        .andExpect(jsonPath("$.errors[2].field").value("count"))
        .andExpect(jsonPath("$.errors[2].message").value("must not be negative"));
    assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code = '1287' and period_year = 2012")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theSameKeyTwiceInOneFileIsRefusedWithBothLines() throws Exception {
    String csv = file("FINAL;2011;1287;TOTAL;10;..", "FINAL;2011;1287;TOTAL;11;..");
    mvc.perform(upload(csv, people.admin())).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errorCount").value(1)).andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("line 2")));
    assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code = '1287' and period_year = 2011")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void onlyAdminsImport() throws Exception {
    mvc.perform(upload(file("FINAL;2010;1278;TOTAL;1;.."), people.coordinator("1278")))
        .andExpect(status().isForbidden());
    mvc.perform(upload(file("FINAL;2010;1278;TOTAL;1;.."), people.analyst())).andExpect(status().isForbidden());
  }

  @Test
  void aFinalFigureSupersedesThePreliminaryWhichStaysInTheHistoryWithItsImport() throws Exception {
    long preliminary = importAsAdmin(file("PRELIMINARY;2016Q1;1281;TOTAL;100;.."));
    long revised = importAsAdmin(file("PRELIMINARY;2016Q1;1281;TOTAL;101;.."));
    long fin = importAsAdmin(file("FINAL;2016Q1;1281;TOTAL;98;.."));
    mvc.perform(get("/api/v1/crime-statistics").param("area", "1281").param("crimeType", "TOTAL")
        .param("from", "2016Q1").param("to", "2016Q1")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].status").value("FINAL"))
        .andExpect(jsonPath("$[0].count").value(98)).andExpect(jsonPath("$[0].period").value("2016Q1"));
    assertThat(jdbc.sql("select status || ':' || count || ':' || (import_id = ? or import_id = ?) from crimestats_figure"
        + " where area_code = '1281' and crime_type = 'TOTAL' and period_kind = 'Q' and period_year = 2016 order by 1")
        .params(revised, fin).query(String.class).list()).containsExactly("FINAL:98:true", "PRELIMINARY:101:true");
    // The first preliminary value, replaced by the revision, is kept with the import that brought it.
    assertThat(jdbc.sql("select count || ':' || import_id || ':' || replaced_by from crimestats_figure_revision"
        + " where area_code = '1281' and period_year = 2016 and period_kind = 'Q'").query(String.class).list())
        .containsExactly("100:" + preliminary + ":" + revised);
  }

  @Test
  void aMissingRateIsComputedFromTheKommunsPopulationWhichIsRecorded() throws Exception {
    importAsAdmin(file("FINAL;2009;1281;TOTAL;1 000;..", "FINAL;2009;1281;FRAUD;50;12,5"));
    var lund = municipalities.find("1281").orElseThrow();
    BigDecimal expected = BigDecimal.valueOf(100_000_000L).divide(BigDecimal.valueOf(lund.population()), 2,
        RoundingMode.HALF_UP);
    mvc.perform(get("/api/v1/crime-statistics").param("area", "1281").param("from", "2009").param("to", "2009"))
        .andExpect(jsonPath("$[?(@.crimeType == 'TOTAL')].ratePer100k").value(expected.doubleValue()))
        .andExpect(jsonPath("$[?(@.crimeType == 'TOTAL')].populationUsed").value(lund.population()))
        .andExpect(jsonPath("$[?(@.crimeType == 'FRAUD')].ratePer100k").value(12.5))
        .andExpect(jsonPath("$[?(@.crimeType == 'FRAUD')].populationUsed").value(org.hamcrest.Matchers.contains(
            org.hamcrest.Matchers.nullValue())));
  }

  /** Hand-checked: 14 + 15 + 13 = 42 against 20 + 16 + 15 = 51; −9 is −17.6 % of 51. */
  @Test
  void quartersToDateAreComparedWithTheSameQuartersAYearEarlier() throws Exception {
    importAsAdmin(file("FINAL;2015Q1;1283;RESIDENTIAL_BURGLARY;20;13,5", "FINAL;2015Q2;1283;RESIDENTIAL_BURGLARY;16;10",
        "FINAL;2015Q3;1283;RESIDENTIAL_BURGLARY;15;10", "FINAL;2015Q4;1283;RESIDENTIAL_BURGLARY;17;..",
        "PRELIMINARY;2016Q1;1283;RESIDENTIAL_BURGLARY;14;9", "PRELIMINARY;2016Q2;1283;RESIDENTIAL_BURGLARY;15;10",
        "PRELIMINARY;2016Q3;1283;RESIDENTIAL_BURGLARY;13;8,5"));
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283")
        .param("crimeType", "RESIDENTIAL_BURGLARY").param("year", "2016").param("throughQuarter", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.current.count").value(42)).andExpect(jsonPath("$.previous.count").value(51))
        .andExpect(jsonPath("$.current.ratePer100k").value(27.5)).andExpect(jsonPath("$.previous.ratePer100k")
            .value(33.5))
        .andExpect(jsonPath("$.change").value(-9)).andExpect(jsonPath("$.changePercent").value(-17.6))
        .andExpect(jsonPath("$.preliminary").value(true));
    // Quarters 1–2: 29 against 36, −7 = −19.4 %.
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283")
        .param("crimeType", "RESIDENTIAL_BURGLARY").param("year", "2016").param("throughQuarter", "2"))
        .andExpect(jsonPath("$.current.count").value(29)).andExpect(jsonPath("$.previous.count").value(36))
        .andExpect(jsonPath("$.changePercent").value(-19.4));
    // Final figures only: 2015 against 2014, which has none, so no change is claimed.
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283")
        .param("crimeType", "RESIDENTIAL_BURGLARY").param("year", "2016").param("throughQuarter", "4"))
        .andExpect(jsonPath("$.current.count").doesNotExist()).andExpect(jsonPath("$.previous.count").value(68))
        .andExpect(jsonPath("$.change").doesNotExist());
    assertThat(sentences.latest("1283", "RESIDENTIAL_BURGLARY", Locale.forLanguageTag("sv"))).contains(
        "Preliminär statistik visar att anmälda bostadsinbrott minskade med 18 % under kvartal 1–3 2016 jämfört med"
            + " samma period 2015 (42 mot 51).");
    assertThat(sentences.latest("1283", "RESIDENTIAL_BURGLARY", Locale.ENGLISH)).contains(
        "Preliminary statistics show that reported residential burglaries fell by 18 % in quarters 1–3 of 2016"
            + " compared with the same period of 2015 (42 against 51).");
  }

  @Test
  void aMissingQuarterLeavesTheSumUnknownRatherThanSmaller() throws Exception {
    importAsAdmin(file("FINAL;2008Q1;1283;ASSAULT;5;..", "FINAL;2008Q2;1283;ASSAULT;..;..",
        "FINAL;2007Q1;1283;ASSAULT;4;..", "FINAL;2007Q2;1283;ASSAULT;6;.."));
    Comparison c = sentencesStatistics().compare("1283", "ASSAULT", 2008, 2, null);
    assertThat(c.current().count()).isNull();
    assertThat(c.previous().count()).isEqualTo(10L);
    assertThat(c.change()).isNull();
    assertThat(c.preliminary()).isFalse();
  }

  @Autowired CrimeStatistics statistics;

  CrimeStatistics sentencesStatistics() {
    return statistics;
  }

  @Test
  void theKommunPageShowsTheTableAndTheSentenceInBothLanguages() throws Exception {
    importAsAdmin(file("FINAL;2014;1280;TOTAL;41 000;..", "FINAL;2015;1280;TOTAL;40 500;..",
        "FINAL;2015;1280;RESIDENTIAL_BURGLARY;..;..",
        "FINAL;2015Q1;1280;RESIDENTIAL_BURGLARY;300;..", "FINAL;2015Q2;1280;RESIDENTIAL_BURGLARY;200;..",
        "PRELIMINARY;2016Q1;1280;RESIDENTIAL_BURGLARY;330;..", "PRELIMINARY;2016Q2;1280;RESIDENTIAL_BURGLARY;220;.."));
    String sv = mvc.perform(get("/kommuner/1280")).andReturn().getResponse().getContentAsString();
    assertThat(sv).contains("id=\"crimestats-heading\"", "<caption>Anmälda brott per år</caption>",
        "<th scope=\"row\">2015</th>", "40500",
        "Preliminär statistik visar att anmälda bostadsinbrott ökade med 10 % under kvartal 1–2 2016 jämfört med"
            + " samma period 2015 (550 mot 500).")
        .contains("<desc id=\"crimestats-chart-desc\">2014: 41000, 2015: 40500</desc>")
        .doesNotContain("Exempel: påhittade siffror");
    // Malmö's population is known, so the computed rate shows beside the count.
    assertThat(sv).containsPattern("40500</span><span> \\(\\d+[\\s\\u00A0]?\\d*,\\d\\)</span>");
    String en = mvc.perform(get("/kommuner/1280").param("lang", "en")).andReturn().getResponse()
        .getContentAsString();
    assertThat(en).contains("Reported crime by year", "rose by 10 % in quarters 1–2 of 2016");
    String without = mvc.perform(get("/kommuner/2584")).andReturn().getResponse().getContentAsString();
    assertThat(without).doesNotContain("crimestats-heading");
  }

  @Test
  void crimeTypesNameTheirParentAndProblemCategory() throws Exception {
    mvc.perform(get("/api/v1/crime-types")).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'RESIDENTIAL_BURGLARY')].parent").value("THEFT"))
        .andExpect(jsonPath("$[?(@.code == 'RESIDENTIAL_BURGLARY')].problemCategory").value("BURGLARY"))
        .andExpect(jsonPath("$[?(@.code == 'RESIDENTIAL_BURGLARY')].nameSv").value("Bostadsinbrott"))
        .andExpect(jsonPath("$[?(@.code == 'GRAFFITI')].parent").value("VANDALISM"))
        .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(11)));
  }

  /** Hand-checked: January–February 2006 is 3 + 4 = 7 against 5 + 5 = 10 in 2005: −3, −30.0 %. */
  @Test
  void monthsToDateAreComparedToo() throws Exception {
    importAsAdmin(file("FINAL;2006-01;1283;THREATS;3;..", "FINAL;2006-02;1283;THREATS;4;..",
        "FINAL;2006-03;1283;THREATS;9;..", "FINAL;2005-01;1283;THREATS;5;..", "FINAL;2005-02;1283;THREATS;5;.."));
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283").param("crimeType", "THREATS")
        .param("year", "2006").param("throughMonth", "2"))
        .andExpect(jsonPath("$.current.count").value(7)).andExpect(jsonPath("$.previous.count").value(10))
        .andExpect(jsonPath("$.change").value(-3)).andExpect(jsonPath("$.changePercent").value(-30.0))
        .andExpect(jsonPath("$.preliminary").value(false));
  }

  @Test
  void aComparisonAsksForQuartersOrMonthsNotBothAndAnUnknownImportIs404() throws Exception {
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283").param("crimeType", "TOTAL")
        .param("year", "2016").param("throughQuarter", "1").param("throughMonth", "2"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("throughMonth"));
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1283").param("crimeType", "TOTAL")
        .param("year", "2016").param("throughQuarter", "5"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("throughQuarter"));
    mvc.perform(get("/api/v1/crime-statistics").param("area", "1283").param("from", "2016Q7"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get("/api/v1/crime-statistics/imports/987654321").with(httpBasic(people.admin().getUsername(),
        People.PASSWORD))).andExpect(status().isNotFound());
  }

  @Test
  void anAdminAddsACrimeTypeThatFilesCanThenNameAndNamesMustStayUnique() throws Exception {
    String code = "CYCLE_THEFT_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Member admin = people.admin();
    String body = "{\"code\":\"" + code + "\",\"nameSv\":\"Cykelstöld " + code + "\",\"nameEn\":\"Bicycle theft "
        + code + "\",\"parent\":\"THEFT\",\"problemCategory\":\"THEFT\"}";
    mvc.perform(post("/api/v1/crime-types").contentType("application/json").content(body)
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isCreated())
        .andExpect(jsonPath("$.parent").value("THEFT"));
    assertThat(audit.forEntity("CrimeType", code)).hasSize(1);
    mvc.perform(post("/api/v1/crime-types").contentType("application/json").content(body)
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isConflict());
    mvc.perform(post("/api/v1/crime-types").contentType("application/json")
        .content("{\"code\":\"x\",\"nameSv\":\"\",\"nameEn\":\"Y\",\"parent\":\"NOPE\",\"problemCategory\":\"NOPE\"}")
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(4));
    // Another code, but the Swedish name of the type just added (in other case): names stay unique too.
    mvc.perform(post("/api/v1/crime-types").contentType("application/json")
        .content("{\"code\":\"OTHER_" + code + "\",\"nameSv\":\"CYKELSTÖLD " + code.toLowerCase(Locale.ROOT)
            + "\",\"nameEn\":\"Other " + code + "\",\"problemCategory\":\"THEFT\"}")
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isConflict());
    // The problem category is required.
    mvc.perform(post("/api/v1/crime-types").contentType("application/json")
        .content("{\"code\":\"THIRD_" + code + "\",\"nameSv\":\"Tredje " + code + "\",\"nameEn\":\"Third "
            + code + "\"}")
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("problemCategory"));
    mvc.perform(post("/api/v1/crime-types").contentType("application/json").content(body.replace(code, "X" + code))
        .with(httpBasic(people.coordinator("1287").getUsername(), People.PASSWORD))).andExpect(status().isForbidden());
    assertThat(jdbc.sql("select count(*) from crimestats_crime_type where code like ?").param("%" + code)
        .query(Integer.class).single()).isEqualTo(1);
    importAsAdmin(file("FINAL;2015;1287;Cykelstöld " + code + ";17;.."));
    assertThat(jdbc.sql("select count from crimestats_figure where crime_type = ?").param(code).query(Long.class)
        .single()).isEqualTo(17L);
  }

  /**
   * Hand-checked, with the 2024 populations Lund 131 671 and Helsingborg 152 067. 1977: Skåne (12) has no rows of its
   * own, so its rate is (100 + 200) × 100 000 / (131 671 + 152 067) = 105.73; Sweden's own row says 480.5. 1978: Skåne's
   * own row says 70.25; Sweden has none and only Lund counted, so 10 × 100 000 / 131 671 = 7.59.
   */
  @Test
  void aKommunsRateStandsBesideItsCountysAndTheCountrys() throws Exception {
    importAsAdmin(file("FINAL;1977;1281;GRAFFITI;100;..", "FINAL;1977;1283;GRAFFITI;200;..",
        "FINAL;1977;SE;GRAFFITI;50000;480,5", "FINAL;1978;1281;GRAFFITI;10;..", "FINAL;1978;12;GRAFFITI;1000;70,25"));
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1281").param("crimeType", "GRAFFITI")
        .param("year", "1977")).andExpect(status().isOk())
        .andExpect(jsonPath("$.current.ratePer100k").value(75.95))
        .andExpect(jsonPath("$.county.code").value("12")).andExpect(jsonPath("$.county.ratePer100k").value(105.73))
        .andExpect(jsonPath("$.country.ratePer100k").value(480.5));
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1281").param("crimeType", "GRAFFITI")
        .param("year", "1978")).andExpect(status().isOk())
        .andExpect(jsonPath("$.county.ratePer100k").value(70.25))
        .andExpect(jsonPath("$.country.ratePer100k").value(7.59));
    // No figures for the kommun: nothing to set beside them.
    mvc.perform(get("/api/v1/crime-statistics/comparison").param("area", "1281").param("crimeType", "GRAFFITI")
        .param("year", "1979")).andExpect(status().isOk())
        .andExpect(jsonPath("$.county").doesNotExist()).andExpect(jsonPath("$.country").doesNotExist());
  }

  /**
   * Vallentuna (0115, 35 090 people in 2024): 500 × 100 000 / 35 090 = 1 424.91, shown as 1424,9 beside Stockholm
   * county's own 1200,6 and Sweden's own 1300,4 for 1976.
   */
  @Test
  void theKommunPageSetsItsRateBesideTheCountysAndTheCountrys() throws Exception {
    importAsAdmin(file("FINAL;1976;0115;TOTAL;500;..", "FINAL;1976;01;TOTAL;30000;1200,6",
        "FINAL;1976;SE;TOTAL;130000;1300,4"));
    String sv = mvc.perform(get("/kommuner/0115")).andReturn().getResponse().getContentAsString();
    assertThat(sv).contains("<caption>Samtliga anmälda brott per 100 000 invånare 1976: kommunen, länet och hela"
        + " landet</caption>")
        .containsPattern("Kommunen</th>\\s*<td>1424,9</td>")
        .containsPattern("Länet</th>\\s*<td>1200,6</td>")
        .containsPattern("Hela landet</th>\\s*<td>1300,4</td>")
        .contains("href=\"/kommuner/0115/brottsstatistik.csv\"");
    String en = mvc.perform(get("/kommuner/0115").param("lang", "en")).andReturn().getResponse()
        .getContentAsString();
    assertThat(en).containsPattern("The county</th>\\s*<td>1200.6</td>")
        .contains("Download the municipality&#39;s figures (CSV)");
  }

  /** The file a spreadsheet opens: BOM, ";", decimal comma, ".." for missing, final figures superseding. */
  @Test
  void aKommunsFiguresDownloadAsACsvFileForExcel() throws Exception {
    importAsAdmin(file("PRELIMINARY;1975Q2;0117;THEFT;..;..", "PRELIMINARY;1974;0117;TOTAL;90;..",
        "FINAL;1974;0117;TOTAL;100;12,5"));
    var response = mvc.perform(get("/kommuner/0117/brottsstatistik.csv")).andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
        .andReturn().getResponse();
    byte[] bytes = response.getContentAsByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
        + "status;period;area_code;crime_type;count;rate_per_100k\r\n"
        + "PRELIMINARY;1975Q2;0117;THEFT;..;..\r\n"
        + "FINAL;1974;0117;TOTAL;100;12,50\r\n");
    mvc.perform(get("/kommuner/9999/brottsstatistik.csv")).andExpect(status().isNotFound());
  }

  /**
   * Hand-checked. Yearly DRUGS in Värmdö (0120): 1980 10, 1981 12, 1982 14, 1983 "..", 1984 20. Over 5 years 10 → 20 is
   * +10, +100.0 %; over 3 years 14 → 20 is +6, +42.9 % with 1983 unknown. Months 1985-01..12 count 1..12 (sum 78), and
   * 1986-01 counts 13: the 12 months through 1985-12 sum to 78, through 1986-01 to 78 − 1 + 13 = 90; 1986-03 follows a
   * missing 1986-02, so no sum closes there.
   */
  @Test
  void aTrendGivesYearlyTotalsTheChangeOverTheWindowAndRollingTwelveMonthSums() throws Exception {
    StringBuilder months = new StringBuilder();
    java.util.List<String> rows = new java.util.ArrayList<>(java.util.List.of("FINAL;1980;0120;DRUGS;10;..",
        "FINAL;1981;0120;DRUGS;12;..", "FINAL;1982;0120;DRUGS;14;..", "FINAL;1983;0120;DRUGS;..;..",
        "PRELIMINARY;1984;0120;DRUGS;20;..", "FINAL;1986-01;0120;DRUGS;13;..", "FINAL;1986-03;0120;DRUGS;5;.."));
    for (int m = 1; m <= 12; m++) {
      rows.add("FINAL;1985-" + String.format("%02d", m) + ";0120;DRUGS;" + m + ";..");
    }
    importAsAdmin(file(rows.toArray(String[]::new)));
    mvc.perform(get("/api/v1/crime-statistics/trend").param("area", "0120").param("crimeType", "DRUGS")
        .param("years", "5")).andExpect(status().isOk())
        .andExpect(jsonPath("$.years.length()").value(5)).andExpect(jsonPath("$.years[0].year").value(1980))
        .andExpect(jsonPath("$.years[4].count").value(20)).andExpect(jsonPath("$.years[4].status")
            .value("PRELIMINARY"))
        .andExpect(jsonPath("$.change").value(10)).andExpect(jsonPath("$.changePercent").value(100.0))
        .andExpect(jsonPath("$.rolling12Months.length()").value(2))
        .andExpect(jsonPath("$.rolling12Months[0].through").value("1985-12"))
        .andExpect(jsonPath("$.rolling12Months[0].count").value(78))
        .andExpect(jsonPath("$.rolling12Months[1].through").value("1986-01"))
        .andExpect(jsonPath("$.rolling12Months[1].count").value(90));
    mvc.perform(get("/api/v1/crime-statistics/trend").param("area", "0120").param("crimeType", "DRUGS")
        .param("years", "3")).andExpect(status().isOk())
        .andExpect(jsonPath("$.years[0].year").value(1982)).andExpect(jsonPath("$.years[1].count").doesNotExist())
        .andExpect(jsonPath("$.change").value(6)).andExpect(jsonPath("$.changePercent").value(42.9));
    mvc.perform(get("/api/v1/crime-statistics/trend").param("area", "0120").param("crimeType", "DRUGS")
        .param("years", "4")).andExpect(status().isUnprocessableContent());
  }

  @Test
  void anImportMayBeLargerThanTheHousesUploadLimitBecauseItStreams() throws Exception {
    // 21 MB, over the house's 20 MB: crimestats declares its own limit (UploadLimit), so the file is read, and
    // refused for what it says (no status column), not for its size.
    byte[] big = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    big[20] = '\n';
    mvc.perform(post("/api/v1/crime-statistics/imports").contentType("text/csv").content(big)
        .with(httpBasic(people.admin().getUsername(), People.PASSWORD)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].line").value(1));
  }
}
