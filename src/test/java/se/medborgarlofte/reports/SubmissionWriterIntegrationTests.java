package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import se.medborgarlofte.support.IntegrationTest;

/**
 * Group commit of submissions: many concurrent reports are each acknowledged with an id only when stored with their
 * feedback address and audit entry (naming the submitter), and one report that cannot be stored fails alone.
 */
@IntegrationTest
class SubmissionWriterIntegrationTests {

  @Autowired PlaceReports reports;
  @Autowired SubmissionWriter writer;
  @Autowired JdbcClient jdbc;

  @Test
  void concurrentSubmissionsAreAcknowledgedOnlyWhenStoredWithAddressAndAudit() throws Exception {
    String run = "group " + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Long>> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      ids.add(pool.submit(() -> {
        SecurityContextHolder.setContext(new SecurityContextImpl(new AnonymousAuthenticationToken("k",
            "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        try {
          return reports.submit(new NewPlaceReport("1278", "littering", run + " " + n, null, ReportFixtures.LAT,
              ReportFixtures.LON, null, null, "r" + n + "@example.se", null, "TEST"));
        } finally {
          SecurityContextHolder.clearContext();
        }
      }));
    }
    pool.shutdown();
    List<Long> acknowledged = new ArrayList<>();
    for (Future<Long> id : ids) {
      acknowledged.add(id.get());
    }
    assertThat(acknowledged).doesNotHaveDuplicates().hasSize(200);
    assertThat(jdbc.sql("""
        select count(*) from reports_place_report r join reports_feedback_address f on f.report_id = r.id
        where r.description like :run and r.moderation = 'AWAITING_MODERATION'""")
        .param("run", run + " %").query(Long.class).single()).isEqualTo(200);
    assertThat(jdbc.sql("""
        select count(*) from shared_audit_entry where entity_type = 'PlaceReport' and action = 'PLACE_REPORT_SUBMITTED'
          and actor = 'anonymousUser' and entity_id in (:ids)""")
        .param("ids", acknowledged.stream().map(String::valueOf).toList()).query(Long.class).single())
        .isEqualTo(200);
  }

  @Test
  void aReportThatCannotBeStoredFailsAloneAndTheRestOfItsGroupIsStored() throws Exception {
    String run = "alone " + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Every tenth names a category the database does not know (the checks were skipped), so its insert fails.
      String category = i % 10 == 3 ? "no-such-category" : "littering";
      String text = run + " " + i;
      Callable<Long> store = () -> writer.store(new SubmissionWriter.Accepted(new NewPlaceReport("1278", category,
          text, null, ReportFixtures.LAT, ReportFixtures.LON, null, null, null, null, "TEST"), text,
          ReportFixtures.LAT, ReportFixtures.LON, false, null, OffsetDateTime.now(), Map.of("category", category),
          SecurityContextHolder.createEmptyContext()));
      answers.add(pool.submit(store));
    }
    pool.shutdown();
    int stored = 0;
    int failed = 0;
    for (int i = 0; i < answers.size(); i++) {
      int n = i;
      if (i % 10 == 3) {
        assertThatThrownBy(() -> answers.get(n).get()).hasCauseInstanceOf(DataIntegrityViolationException.class);
        failed++;
      } else {
        assertThat(answers.get(i).get()).isPositive();
        stored++;
      }
    }
    assertThat(failed).isEqualTo(4);
    assertThat(jdbc.sql("select count(*) from reports_place_report where description like :run")
        .param("run", run + " %").query(Long.class).single()).isEqualTo(stored);
  }
}
