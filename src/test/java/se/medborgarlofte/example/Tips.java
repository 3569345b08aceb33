package se.medborgarlofte.example;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Permission;
import se.medborgarlofte.organisation.Scope;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.plugin.PublicContentChanged;

/** Tips about a kommun: the example module's content, written by the kommun's own staff. */
@Service
public class Tips {

  /** Held by coordinators in their kommun through the role table's {@code *.edit}, with no edit there. */
  public static final Permission EDIT = Permission.of("example.edit");

  public record Tip(long id, String municipalityCode, String text) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Tips(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  public List<Tip> in(String municipalityCode) {
    return jdbc.sql("select id, municipality_code, text from example_tip where municipality_code = ? order by id")
        .param(municipalityCode).query(Tip.class).list();
  }

  @Transactional
  public long add(Member by, String municipalityCode, String text) {
    if (by == null || !by.may(EDIT, Scope.municipality(municipalityCode))) {
      throw new AccessDeniedException("only the kommun's staff add its tips");
    }
    if (text == null || text.isBlank() || text.length() > 200) {
      new FieldErrors().add("text", "must be 1–200 characters").throwIfAny();
    }
    long id = jdbc.sql("insert into example_tip (municipality_code, text) values (?, ?) returning id")
        .params(municipalityCode, text.strip()).query(Long.class).single();
    audit.record("TIP_ADDED", "Tip", id, null, text);
    events.publishEvent(new PublicContentChanged("tip " + id));
    return id;
  }

  /** For the demo loader: a tip added by the platform itself. */
  @Transactional
  public void addAsSystem(String municipalityCode, String text) {
    if (in(municipalityCode).stream().noneMatch(t -> t.text().equals(text))) {
      jdbc.sql("insert into example_tip (municipality_code, text) values (?, ?)").params(municipalityCode, text)
          .update();
    }
  }
}
