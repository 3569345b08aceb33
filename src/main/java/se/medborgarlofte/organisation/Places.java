package se.medborgarlofte.organisation;

import org.springframework.context.ApplicationEventPublisher;
import se.medborgarlofte.shared.plugin.PublicContentChanged;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/** A kommun's places, kept by that kommun's coordinators (and admins). */
@Service
public class Places {

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Places(JdbcClient jdbc, Municipalities municipalities, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.municipalities = municipalities;
    this.audit = audit;
    this.events = events;
  }

  public List<Place> in(String municipalityCode) {
    return jdbc.sql("""
        select id, municipality_code, name, kind, latitude, longitude from organisation_place
        where municipality_code = ? order by name""").param(municipalityCode).query(Place.class).list();
  }

  public Optional<Place> find(long id) {
    return jdbc.sql("""
        select id, municipality_code, name, kind, latitude, longitude from organisation_place where id = ?""")
        .param(id).query(Place.class).optional();
  }

  @Transactional
  public long add(Member by, String municipalityCode, String name, String kind, Double latitude, Double longitude) {
    requireEditor(by, municipalityCode);
    validate(name, kind, latitude, longitude);
    if (in(municipalityCode).stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()))) {
      throw new ConflictException("the kommun already has a place named " + name.strip());
    }
    long id = jdbc.sql("""
        insert into organisation_place (municipality_code, name, kind, latitude, longitude)
        values (?, ?, ?, ?, ?) returning id""")
        .params(municipalityCode, name.strip(), kind, latitude, longitude).query(Long.class).single();
    audit.record("PLACE_CREATED", "Place", id, null, find(id).orElseThrow());

    events.publishEvent(new PublicContentChanged("PLACE_CREATED"));
    return id;
  }

  @Transactional
  public void update(Member by, long id, String name, String kind, Double latitude, Double longitude) {
    Place before = find(id).orElseThrow(() -> new NotFoundException("no place " + id));
    requireEditor(by, before.municipalityCode());
    validate(name, kind, latitude, longitude);
    jdbc.sql("update organisation_place set name = ?, kind = ?, latitude = ?, longitude = ? where id = ?")
        .params(name.strip(), kind, latitude, longitude, id).update();
    audit.record("PLACE_UPDATED", "Place", id, before, find(id).orElseThrow());

    events.publishEvent(new PublicContentChanged("PLACE_UPDATED"));
  }

  @Transactional
  public void remove(Member by, long id) {
    Place before = find(id).orElseThrow(() -> new NotFoundException("no place " + id));
    requireEditor(by, before.municipalityCode());
    jdbc.sql("delete from organisation_place where id = ?").param(id).update();
    audit.record("PLACE_DELETED", "Place", id, before, null);

    events.publishEvent(new PublicContentChanged("PLACE_DELETED"));
  }

  private void requireEditor(Member by, String municipalityCode) {
    if (!municipalities.exists(municipalityCode)) {
      throw new NotFoundException("no municipality " + municipalityCode);
    }
    if (!by.editsForMunicipality(municipalityCode)) {
      throw new AccessDeniedException("only the kommun's coordinators may change its places");
    }
  }

  private static void validate(String name, String kind, Double latitude, Double longitude) {
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      errors.add("name", "must be 1–120 characters");
    }
    if (kind == null || !Place.KINDS.contains(kind)) {
      errors.add("kind", "must be one of " + String.join(", ", Place.KINDS));
    }
    if ((latitude == null) != (longitude == null)) {
      errors.add("latitude", "give both latitude and longitude, or neither");
    }
    if (latitude != null && (latitude < 55 || latitude > 70)) {
      errors.add("latitude", "must lie in Sweden (55–70)");
    }
    if (longitude != null && (longitude < 10 || longitude > 25)) {
      errors.add("longitude", "must lie in Sweden (10–25)");
    }
    errors.throwIfAny();
  }
}
