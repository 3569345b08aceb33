package se.medborgarlofte.crimestats;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.support.Browser;
import se.medborgarlofte.support.JourneyTest;

/**
 * An admin imports crime statistics in the browser. With JavaScript on, a long import (made long by holding the
 * lock imports take, as an earlier import would) shows its progress and the page follows it to the end; with
 * JavaScript off, a bad file's page lists each error by line, column and value. axe checks every page.
 */
class CrimeStatisticsAdminJourneyTests extends JourneyTest {

  private static final long IMPORT_LOCK = 30_000_001L;

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private static FilePayload csv(String name, String... rows) {
    StringBuilder b = new StringBuilder("status;period;area_code;crime_type;count;note\n");
    for (String row : rows) {
      b.append(row).append(';').append(UUID.randomUUID()).append('\n');
    }
    return new FilePayload(name, "text/csv", b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void upload(Page page, FilePayload file) {
    page.getByLabel("CSV-fil").setInputFiles(file);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera").setExact(true)).click();
  }

  @Test
  void anAdminFollowsALongImportToTheEnd() throws Exception {
    Page page = signInAsAdmin(true);
    Browser.visit(page, url("/admin/brottsstatistik"));
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_advisory_lock(" + IMPORT_LOCK + ")");
      try {
        upload(page, csv("sjobo.csv", "FINAL;2017;1230;TOTAL;900", "PRELIMINARY;2018Q1;1230;TOTAL;210"));
        assertThat(page.url()).contains("/admin/brottsstatistik/importer/");
        assertThat(page.locator("#import-status").textContent()).isEqualTo("Pågår");
        assertThat(page.locator("progress#import-progress").isVisible()).isTrue();
        Browser.assertAccessible(page);
      } finally {
        // A session lock outlives the pooled connection's close: always release it, or every later import waits.
        s.execute("select pg_advisory_unlock_all()");
      }
    }
    page.waitForFunction("() => document.getElementById('import-status').textContent === 'Klar'", null,
        new Page.WaitForFunctionOptions().setTimeout(30_000));
    assertThat(page.locator("section").textContent()).contains("2 rader importerades: 1 preliminära och 1 slutliga.");
    Browser.assertAccessible(page);
    Browser.visit(page, url("/admin/brottsstatistik"));
    assertThat(page.locator("table").first().textContent()).contains("sjobo.csv", "Klar");
  }

  @Test
  void withoutJavaScriptABadFileShowsEveryErrorAndNothingIsStored() {
    Page page = signInAsAdmin(false);
    Browser.visit(page, url("/admin/brottsstatistik"));
    upload(page, csv("trasig.csv", "FINAL;2017;1231;TOTAL;10", "FINAL;2017K7;1231;TOTAL;10",
        "FINAL;2017;1231;TOTAL;-4"));
    assertThat(page.locator("#import-status").textContent()).isEqualTo("Inte importerad");
    String errors = page.locator("table").textContent();
    assertThat(errors).contains("2017K7", "period", "count", "-4");
    Browser.assertAccessible(page);
    assertThat(jdbc.sql("select count(*) from crimestats_figure where area_code = '1231'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  void anAdminMapsACrimeTypeToAnotherProblemCategory() {
    Page page = signInAsAdmin(false);
    Browser.visit(page, url("/admin/brottsstatistik"));
    page.getByLabel("Problemkategori för FRAUD").selectOption("THEFT");
    page.locator("form[action$='/brottstyper/FRAUD'] button").click();
    assertThat(page.locator(".notice").textContent()).contains("Brottstypens problemkategori är sparad.");
    Browser.assertAccessible(page);
    assertThat(jdbc.sql("select problem_category from crimestats_crime_type where code = 'FRAUD'")
        .query(String.class).single()).isEqualTo("THEFT");
    jdbc.sql("update crimestats_crime_type set problem_category = 'FRAUD' where code = 'FRAUD'").update();
  }
}
