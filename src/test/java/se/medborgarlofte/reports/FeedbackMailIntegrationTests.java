package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * The reporter who left an address is e-mailed on every change (GreenMail as a real SMTP server): published, then
 * closed with the note; a rejection with its reason. Nobody is e-mailed for a report without an address.
 */
@IntegrationTest
class FeedbackMailIntegrationTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
  }

  @Autowired PlaceReports reports;
  @Autowired People people;

  @Test
  void theReporterHearsOfEachChange() throws Exception {
    String email = "rapportor-" + UUID.randomUUID() + "@example.se";
    long id = reports.submit(new NewPlaceReport("1278", "poor-lighting", "Mörkt vid stationen", null,
        ReportFixtures.LAT, ReportFixtures.LON, null, null, email, null, "TEST"));
    Member coordinator = people.coordinator("1278");
    reports.moderate(coordinator, id, "PUBLISH", null, null);
    reports.changeStatus(coordinator, id, "CLOSED", "Ny belysning uppsatt");
    assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.se");
    assertThat(received).filteredOn(m -> address(m).equals(email)).hasSize(2);
    assertThat(received).extracting(FeedbackMailIntegrationTests::text)
        .anySatisfy(t -> assertThat(t).contains("publicerad och öppen"))
        .anySatisfy(t -> assertThat(t).contains("åtgärdad", "Ny belysning uppsatt"));

    String other = "annan-" + UUID.randomUUID() + "@example.se";
    long rejected = reports.submit(new NewPlaceReport("1278", "disorder", "Reklam", null, ReportFixtures.LAT,
        ReportFixtures.LON, null, null, other, null, "TEST"));
    reports.moderate(coordinator, rejected, "REJECT", "Gäller inte en plats", null);
    long silent = ReportFixtures.awaiting(reports);
    reports.moderate(coordinator, silent, "PUBLISH", null, null);
    assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
    Thread.sleep(300);
    MimeMessage[] all = greenMail.getReceivedMessages();
    assertThat(all).hasSize(3);
    assertThat(all).filteredOn(m -> address(m).equals(other)).extracting(FeedbackMailIntegrationTests::text)
        .singleElement().asString().contains("Skäl: Gäller inte en plats");
  }

  static String text(MimeMessage m) {
    try {
      return String.valueOf(m.getContent());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String address(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
