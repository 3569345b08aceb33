package se.medborgarlofte.organisation;

import org.springframework.context.ApplicationEventPublisher;
import se.medborgarlofte.shared.plugin.PublicContentChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.LocalPoliceAreaView.Link;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;

/**
 * Local police areas (lokalpolisområden) and their dated links to kommuner. There is no complete public list of
 * LPOs, so admins maintain them here, through the API or by CSV import; every change goes to the audit trail.
 */
@Service
public class LocalPoliceAreas {

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  LocalPoliceAreas(JdbcClient jdbc, Municipalities municipalities, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.municipalities = municipalities;
    this.audit = audit;
    this.events = events;
  }

  public List<LocalPoliceAreaView> all() {
    return assemble(jdbc.sql(SELECT + " order by a.police_region, a.name").query(Head.class).list());
  }

  public Optional<LocalPoliceAreaView> find(long id) {
    return assemble(jdbc.sql(SELECT + " where a.id = ?").param(id).query(Head.class).list()).stream().findFirst();
  }

  public LocalPoliceAreaView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("no local police area " + id));
  }

  public Optional<Long> findId(String policeRegion, String name) {
    return jdbc.sql("select id from organisation_local_police_area where police_region = ? and lower(name) = lower(?)")
        .params(policeRegion, name == null ? "" : name.strip()).query(Long.class).optional();
  }

  /** Creates an LPO; a name already used in the region answers 409 with the existing id. */
  @Transactional
  public long create(String name, String policeRegion, String policeDistrict) {
    validateHead(name, policeRegion, null, null);
    Optional<Long> existing = findId(policeRegion, name);
    if (existing.isPresent()) {
      throw new ConflictException("a local police area named " + name.strip() + " already exists in " + policeRegion,
          existing.get());
    }
    long id = jdbc.sql("""
        insert into organisation_local_police_area (name, police_region, police_district)
        values (?, ?, ?) returning id""")
        .params(name.strip(), policeRegion, blankToNull(policeDistrict)).query(Long.class).single();
    audit.record("LPO_CREATED", "LocalPoliceArea", id, null, get(id));

    events.publishEvent(new PublicContentChanged("LPO_CREATED"));
    return id;
  }

  @Transactional
  public void update(long id, String name, String policeRegion, String policeDistrict, LocalDate validFrom,
      LocalDate validTo) {
    LocalPoliceAreaView before = get(id);
    validateHead(name, policeRegion, validFrom, validTo);
    Optional<Long> clash = findId(policeRegion, name);
    if (clash.isPresent() && clash.get() != id) {
      throw new ConflictException("a local police area named " + name.strip() + " already exists in " + policeRegion,
          clash.get());
    }
    jdbc.sql("""
        update organisation_local_police_area
        set name = ?, police_region = ?, police_district = ?, valid_from = ?, valid_to = ? where id = ?""")
        .params(name.strip(), policeRegion, blankToNull(policeDistrict), validFrom, validTo, id).update();
    audit.record("LPO_UPDATED", "LocalPoliceArea", id, before, get(id));

    events.publishEvent(new PublicContentChanged("LPO_UPDATED"));
  }

  /** Ends the LPO and every link still open on that day; the history stays. */
  @Transactional
  public void end(long id, LocalDate lastDay) {
    LocalPoliceAreaView before = get(id);
    if (lastDay == null) {
      FieldErrors errors = new FieldErrors();
      errors.add("validTo", "a last day is required").throwIfAny();
    }
    jdbc.sql("update organisation_local_police_area set valid_to = ? where id = ?").params(lastDay, id).update();
    jdbc.sql("""
        update organisation_lpo_municipality set valid_to = ?
        where lpo_id = ? and (valid_to is null or valid_to > ?) and valid_from <= ?""")
        .params(lastDay, id, lastDay, lastDay).update();
    audit.record("LPO_ENDED", "LocalPoliceArea", id, before, get(id));

    events.publishEvent(new PublicContentChanged("LPO_ENDED"));
  }

  /** Sets the dated link between an LPO and a kommun, creating it or changing its dates. */
  @Transactional
  public void link(long id, String municipalityCode, LocalDate validFrom, LocalDate validTo, String note) {
    LocalPoliceAreaView before = get(id);
    FieldErrors errors = new FieldErrors();
    if (!municipalities.exists(municipalityCode)) {
      errors.add("municipalityCode", "unknown municipality code " + municipalityCode);
    }
    if (validFrom == null) {
      errors.add("validFrom", "is required");
    } else if (validTo != null && validTo.isBefore(validFrom)) {
      errors.add("validTo", "must not be before validFrom");
    }
    errors.throwIfAny();
    jdbc.sql("""
        insert into organisation_lpo_municipality (lpo_id, municipality_code, valid_from, valid_to, note)
        values (?, ?, ?, ?, ?)
        on conflict (lpo_id, municipality_code)
        do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                      note = coalesce(excluded.note, organisation_lpo_municipality.note)""")
        .params(id, municipalityCode, validFrom, validTo, blankToNull(note)).update();
    audit.record("LPO_LINKED", "LocalPoliceArea", id, before, get(id));

    events.publishEvent(new PublicContentChanged("LPO_LINKED"));
  }

  @Transactional
  public void unlink(long id, String municipalityCode) {
    LocalPoliceAreaView before = get(id);
    int removed = jdbc.sql("delete from organisation_lpo_municipality where lpo_id = ? and municipality_code = ?")
        .params(id, municipalityCode).update();
    if (removed == 0) {
      throw new NotFoundException("local police area " + id + " has no link to " + municipalityCode);
    }
    audit.record("LPO_UNLINKED", "LocalPoliceArea", id, before, get(id));

    events.publishEvent(new PublicContentChanged("LPO_UNLINKED"));
  }

  /** Every LPO covering the kommun on that day. */
  public List<LocalPoliceAreaView> covering(String municipalityCode, LocalDate day) {
    return all().stream().filter(a -> a.municipalities().stream()
        .anyMatch(l -> l.code().equals(municipalityCode) && l.validOn(day))).toList();
  }

  private void validateHead(String name, String policeRegion, LocalDate validFrom, LocalDate validTo) {
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      errors.add("name", "must be 1–120 characters");
    }
    if (policeRegion == null || !municipalities.policeRegions().contains(policeRegion)) {
      errors.add("policeRegion", "must be one of " + String.join(", ", municipalities.policeRegions()));
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      errors.add("validTo", "must not be before validFrom");
    }
    errors.throwIfAny();
  }

  private List<LocalPoliceAreaView> assemble(List<Head> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Link>> links = new LinkedHashMap<>();
    jdbc.sql("""
        select l.lpo_id, l.municipality_code, m.name, l.valid_from, l.valid_to, l.note
        from organisation_lpo_municipality l join organisation_municipality m on m.code = l.municipality_code
        where l.lpo_id in (:ids) order by m.name""")
        .param("ids", heads.stream().map(Head::id).toList())
        .query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Link(
            rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
            rs.getString(6))))
        .list();
    return heads.stream().map(h -> new LocalPoliceAreaView(h.id(), h.name(), h.policeRegion(), h.policeDistrict(),
        h.validFrom(), h.validTo(), links.getOrDefault(h.id(), List.of()))).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static final String SELECT = """
      select a.id, a.name, a.police_region, a.police_district, a.valid_from, a.valid_to
      from organisation_local_police_area a""";

  private record Head(long id, String name, String policeRegion, String policeDistrict, LocalDate validFrom,
      LocalDate validTo) {}
}
