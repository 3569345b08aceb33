package se.medborgarlofte.reports;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells a reporter who left an address what happened to the report (published, rejected with the reason, opened or
 * closed with the note), after the change commits. The event is kept in Modulith's event registry until the mail is
 * handed to the server, so a crash or a mail outage loses no notice. Also runs the retention of the addresses.
 */
@Component
class FeedbackMail {

  private static final Logger log = LoggerFactory.getLogger(FeedbackMail.class);

  private final PlaceReportRepository repository;
  private final PlaceReports reports;
  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  FeedbackMail(PlaceReportRepository repository, PlaceReports reports, ObjectProvider<JavaMailSender> mail,
      @Value("${medborgarlofte.mail.from:noreply@medborgarlofte.se}") String from) {
    this.repository = repository;
    this.reports = reports;
    this.mail = mail;
    this.from = from;
  }

  @ApplicationModuleListener
  void on(PlaceReportChanged change) {
    var address = repository.feedbackAddress(change.reportId());
    if (address.isEmpty()) {
      return;
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.info("No mail server configured (spring.mail.host): no notice sent for place report {}", change.reportId());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address.get());
    message.setSubject("Din rapport " + change.reportId() + " / Your report " + change.reportId());
    message.setText(text(change));
    sender.send(message);
  }

  static String text(PlaceReportChanged c) {
    String sv;
    String en;
    if ("REJECTED".equals(c.moderation())) {
      sv = "Din rapport publiceras inte. Skäl: " + c.note();
      en = "Your report will not be published. Reason: " + c.note();
    } else if ("CLOSED".equals(c.status())) {
      sv = "Din rapport är publicerad och markerad som åtgärdad.";
      en = "Your report is published and marked as resolved.";
    } else {
      sv = "Din rapport är publicerad och öppen.";
      en = "Your report is published and open.";
    }
    if (!"REJECTED".equals(c.moderation()) && c.note() != null) {
      sv += " Kommentar: " + c.note();
      en += " Note: " + c.note();
    }
    return sv + "\n\n" + en + "\n\nDin e-postadress raderas efter lagringstiden och visas aldrig."
        + "\nYour address is deleted after the retention period and never shown.\n";
  }

  /** Hourly: addresses past their retention period are deleted (idempotent, so every node may run it). */
  @Scheduled(cron = "${medborgarlofte.reports.retention-cron:0 17 * * * *}")
  void deleteExpiredAddresses() {
    int deleted = reports.deleteExpiredFeedbackAddresses(OffsetDateTime.now());
    if (deleted > 0) {
      log.info("Deleted {} feedback addresses past their retention period", deleted);
    }
  }
}
