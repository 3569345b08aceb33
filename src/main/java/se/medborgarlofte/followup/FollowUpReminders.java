package se.medborgarlofte.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.UserAccount;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.promise.PromiseView;

/**
 * E-mails the members of a promise's kommuner and LPOs (those with an address; admins are not a party) when a
 * follow-up falls within the reminder window and again when it is overdue. Mail goes out only from this job, never
 * from a user's request, so an SMTP outage fails no request: a send that fails leaves the reminder unmarked and the
 * next run retries it. The job runs on one node at a time: it holds a PostgreSQL advisory lock for its transaction,
 * and a node that does not get it skips the run. Without {@code SPRING_MAIL_HOST} there is no mail sender and the
 * reminders wait (the follow-ups' status still shows them due or overdue).
 */
@Service
public class FollowUpReminders {

  private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);
  /** The advisory lock's key: any constant other jobs do not use. */
  private static final long LOCK = 0x466f6c6c6f7755L;

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mail;
  private final Users users;
  private final PublishedPromises promises;
  private final FollowUps followUps;
  private final int reminderDays;
  private final String from;

  FollowUpReminders(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Users users, PublishedPromises promises,
      FollowUps followUps, @Value("${medborgarlofte.followup.reminder-days:14}") int reminderDays,
      @Value("${medborgarlofte.mail.from:noreply@medborgarlofte.se}") String from) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.users = users;
    this.promises = promises;
    this.followUps = followUps;
    this.reminderDays = reminderDays;
    this.from = from;
  }

  private record Pending(UUID id, UUID promiseId, String kind, LocalDate dueOn, String stage) {}

  @Scheduled(fixedDelayString = "${medborgarlofte.followup.reminder-interval:PT1H}", initialDelayString = "PT1M")
  public void scheduled() {
    send();
  }

  /** One run: the number of follow-ups reminded about, or -1 when another node holds the lock. */
  @Transactional
  public int send() {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
      return -1;
    }
    LocalDate today = followUps.today();
    List<Pending> pending = jdbc.sql("""
            select id, promise_id, kind, due_on,
                   case when due_on < :today then 'OVERDUE' else 'DUE' end as stage
            from followup_follow_up
            where published_at is null and due_on <= :window
              and (reminder_sent is null or (reminder_sent = 'DUE' and due_on < :today))
            order by due_on""")
        .param("today", today).param("window", today.plusDays(reminderDays))
        .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("promise_id", UUID.class),
            rs.getString("kind"), rs.getObject("due_on", LocalDate.class), rs.getString("stage"))).list();
    int sent = 0;
    for (Pending p : pending) {
      PromiseView promise = promises.find(p.promiseId()).orElse(null);
      if (promise == null) {
        continue;
      }
      try {
        for (String to : recipients(promise)) {
          sender.send(message(to, promise, p));
        }
        jdbc.sql("update followup_follow_up set reminder_sent = ? where id = ?").params(p.stage(), p.id()).update();
        sent++;
      } catch (MailException e) {
        // Left unmarked: the next run sends it again.
        log.warn("Reminder for follow-up {} not sent, will retry: {}", p.id(), e.getMessage());
      }
    }
    return sent;
  }

  private List<String> recipients(PromiseView p) {
    return users.all().stream()
        .filter(u -> u.enabled() && u.email() != null && !u.email().isBlank())
        .filter(u -> users.loadMember(u.id()).map(m -> !m.isAdmin() && FollowUpAccess.isParty(m, p)).orElse(false))
        .map(UserAccount::email).distinct().toList();
  }

  private SimpleMailMessage message(String to, PromiseView p, Pending f) {
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to);
    String what = "EVALUATION".equals(f.kind()) ? "Utvärderingen" : "Uppföljningen";
    if ("OVERDUE".equals(f.stage())) {
      m.setSubject("Försenad: " + what.toLowerCase() + " av ”" + p.title() + "”");
      m.setText(what + " av medborgarlöftet ”" + p.title() + "” skulle ha publicerats " + f.dueOn()
          + " och är försenad. Den visas som försenad på löftets sida tills den publiceras.");
    } else {
      m.setSubject("Påminnelse: " + what.toLowerCase() + " av ”" + p.title() + "” senast " + f.dueOn());
      m.setText(what + " av medborgarlöftet ”" + p.title() + "” ska publiceras senast " + f.dueOn() + ".");
    }
    return m;
  }

}
