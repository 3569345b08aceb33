package se.medborgarlofte.support;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.medborgarlofte.organisation.Accounts;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Role;

/**
 * Creates users with roles for tests. Names are unique per call, because all test contexts share one database.
 * Every user's password is {@link #PASSWORD}.
 */
@Component
public class People {

  public static final String PASSWORD = "correct-horse-battery";

  private final Accounts accounts;
  private final LocalPoliceAreas areas;

  People(Accounts accounts, LocalPoliceAreas areas) {
    this.accounts = accounts;
    this.areas = areas;
  }

  /** The standard LPO of the tests: Ängelholm, which covers Båstad (1278), Höganäs and Örkelljunga. */
  public long angelholm() {
    return areas.findId("Syd", "Ängelholm").orElseThrow();
  }

  /** The other LPO: Eslöv, which covers Eslöv (1285), Hörby and Höör. */
  public long eslov() {
    return areas.findId("Syd", "Eslöv").orElseThrow();
  }

  public Member admin() {
    return with(Role.ADMIN, null, null);
  }

  public Member analyst() {
    return with(Role.ANALYST, null, null);
  }

  public Member coordinator(String municipalityCode) {
    return with(Role.COORDINATOR, municipalityCode, null);
  }

  public Member police(long lpoId) {
    return with(Role.POLICE, null, lpoId);
  }

  public Member signatoryForMunicipality(String municipalityCode) {
    return with(Role.SIGNATORY, municipalityCode, null);
  }

  public Member signatoryForLpo(long lpoId) {
    return with(Role.SIGNATORY, null, lpoId);
  }

  /** A signed-in user with no role at all. */
  public Member nobody() {
    return with(null, null, null);
  }

  public Member with(Role role, String municipalityCode, Long lpoId) {
    String name = (role == null ? "nobody" : role.name().toLowerCase()) + "-" + UUID.randomUUID().toString()
        .substring(0, 8);
    long id = accounts.create(name, "Test " + name, null, PASSWORD);
    if (role != null) {
      accounts.grant(id, role, municipalityCode, lpoId);
    }
    return accounts.loadMember(name).orElseThrow();
  }
}
