package se.medborgarlofte.organisation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * The demo workspace's people, one per role around Båstad, Eslöv and Höganäs, all with one published password. Other
 * modules' demo loaders find them by user name ({@link #COORDINATOR_BASTAD} and the others).
 */
@Component
@DemoData
public class DemoUsers implements DemoLoader {

  public static final String PASSWORD = "demo-medborgarlofte";
  public static final String COORDINATOR_BASTAD = "samordnare.bastad";
  public static final String POLICE_ANGELHOLM = "kommunpolis.angelholm";
  public static final String COORDINATOR_ESLOV = "samordnare.eslov";
  public static final String POLICE_ESLOV = "kommunpolis.eslov";
  public static final String COORDINATOR_HOGANAS = "samordnare.hoganas";
  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private record Person(String username, String displayName, Role role, String municipalityCode, String lpoName) {}

  private static final List<Person> PEOPLE = List.of(
      new Person(COORDINATOR_BASTAD, "Sara Samordnare (demo)", Role.COORDINATOR, "1278", null),
      new Person(POLICE_ANGELHOLM, "Karin Kommunpolis (demo)", Role.POLICE, null, "Ängelholm"),
      new Person("ksordf.bastad", "Kent Ordförande (demo)", Role.SIGNATORY, "1278", null),
      new Person("lpochef.angelholm", "Lena Chef (demo)", Role.SIGNATORY, null, "Ängelholm"),
      new Person(COORDINATOR_ESLOV, "Erik Samordnare (demo)", Role.COORDINATOR, "1285", null),
      new Person(POLICE_ESLOV, "Elin Kommunpolis (demo)", Role.POLICE, null, "Eslöv"),
      new Person(COORDINATOR_HOGANAS, "Hanna Samordnare (demo)", Role.COORDINATOR, "1284", null));

  private final Accounts accounts;
  private final LocalPoliceAreas areas;
  private final TransactionTemplate tx;

  DemoUsers(Accounts accounts, LocalPoliceAreas areas, TransactionTemplate tx) {
    this.accounts = accounts;
    this.areas = areas;
    this.tx = tx;
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public void load() {
    tx.executeWithoutResult(s -> PEOPLE.forEach(this::ensure));
    log.info("Demo users {} have the password '{}' (demo data only)",
        PEOPLE.stream().map(Person::username).toList(), PASSWORD);
  }

  /** A demo user, for another module's demo loader. */
  public Member get(String username) {
    return accounts.loadMember(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
  }

  private void ensure(Person p) {
    if (accounts.loadMember(p.username()).isPresent()) {
      return;
    }
    long id = accounts.create(p.username(), p.displayName(), null, PASSWORD);
    Long lpo = p.lpoName() == null ? null : areas.findId("Syd", p.lpoName()).orElseThrow();
    accounts.grant(id, p.role(), p.municipalityCode(), lpo);
  }
}
