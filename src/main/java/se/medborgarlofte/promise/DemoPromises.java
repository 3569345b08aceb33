package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.Party;

/**
 * Demo content ({@code MEDBORGARLOFTE_DEMO_DATA}; by default only on the embedded database): three invented promises,
 * marked as examples on every page, with demo users to try the workspace. Loaded once, in one transaction; a second
 * start finds them. Loaded before the web server opens (not in an ApplicationRunner, which runs after health is
 * already UP), so nobody sees a half-loaded demo.
 */
@Component
class DemoPromises implements SmartInitializingSingleton {

  static final String PASSWORD = "demo-medborgarlofte";
  private static final Logger log = LoggerFactory.getLogger(DemoPromises.class);

  private final Environment env;
  private final JdbcClient jdbc;
  private final Users users;
  private final Memberships memberships;
  private final LocalPoliceAreas areas;
  private final PromiseManagement promises;
  private final TransactionTemplate tx;

  DemoPromises(Environment env, JdbcClient jdbc, Users users, Memberships memberships, LocalPoliceAreas areas,
      PromiseManagement promises, TransactionTemplate tx) {
    this.env = env;
    this.jdbc = jdbc;
    this.users = users;
    this.memberships = memberships;
    this.areas = areas;
    this.promises = promises;
    this.tx = tx;
  }

  static boolean enabled(Environment env) {
    String flag = env.getProperty("medborgarlofte.demo-data", "").strip();
    return flag.isEmpty() ? env.getProperty("spring.datasource.url", "").isBlank() : Boolean.parseBoolean(flag);
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!enabled(env)) {
      return;
    }
    long angelholm = areas.findId("Syd", "Ängelholm").orElseThrow();
    long eslov = areas.findId("Syd", "Eslöv").orElseThrow();
    Member coordinator = user("samordnare.bastad", "Sara Samordnare (demo)", Role.COORDINATOR, "1278", null);
    Member police = user("kommunpolis.angelholm", "Karin Kommunpolis (demo)", Role.POLICE, null, angelholm);
    user("ksordf.bastad", "Kent Ordförande (demo)", Role.SIGNATORY, "1278", null);
    user("lpochef.angelholm", "Lena Chef (demo)", Role.SIGNATORY, null, angelholm);
    Member eslovCoordinator = user("samordnare.eslov", "Erik Samordnare (demo)", Role.COORDINATOR, "1285", null);
    Member eslovPolice = user("kommunpolis.eslov", "Elin Kommunpolis (demo)", Role.POLICE, null, eslov);
    user("samordnare.hoganas", "Hanna Samordnare (demo)", Role.COORDINATOR, "1284", null);
    log.info("Demo users samordnare.bastad, kommunpolis.angelholm, ksordf.bastad, lpochef.angelholm, "
        + "samordnare.eslov, kommunpolis.eslov, samordnare.hoganas have the password '{}' (demo data only)", PASSWORD);
    if (jdbc.sql("select count(*) from promise_promise where example").query(Integer.class).single() > 0) {
      return;
    }
    tx.executeWithoutResult(s -> {
      Promise bastad = publish(coordinator, police, DemoTexts.bastad(angelholm), DemoTexts.bastadCommitments(), "Båstad");
      log.info("Demo promise with {} commitments for the page benchmark: /loften/{}",
          bastad.working().commitments().size(), bastad.id());
      Promise eslovPromise = publish(eslovCoordinator, eslovPolice, DemoTexts.eslov(eslov), DemoTexts.eslovCommitments(),
          "Eslöv");
      promises.extend(eslovCoordinator, eslovPromise.id(), new ExtensionInput(LocalDate.of(2026, 12, 31),
          "Utvärderingen i december 2025 visade att arbetet gett effekt men behöver ett år till. Styrgruppen beslutade "
              + "att förlänga löftet med samma innehåll till och med 2026-12-31."));
      Member hoganasCoordinator = users.loadMember("samordnare.hoganas").orElseThrow();
      Promise hoganas = publish(hoganasCoordinator, police, DemoTexts.hoganas(angelholm), DemoTexts.hoganasCommitments(),
          "Höganäs");
      promises.revise(police, hoganas.id());
      Promise draft = promises.find(hoganas.id()).orElseThrow();
      Commitment first = draft.working().commitments().get(0);
      promises.changeCommitment(police, hoganas.id(), first.id(), new CommitmentInput(first.party(),
          first.text() + " Från augusti även i Viken och Mölle.", first.activityType(), first.problemCategories(),
          List.of("Höganäs hamn", "Viken", "Mölle"), "Varje fredag och lördag kväll juni–augusti",
          first.indicator(), first.responsibleRole()));
      promises.addCommitment(hoganasCoordinator, hoganas.id(), new CommitmentInput(Party.MUNICIPALITY,
          "Kommunen sätter upp belysning längs gångvägen mellan Höganäs hamn och busstationen.",
          ActivityType.ENVIRONMENT_REVIEW, List.of("UNSAFE_PLACES"), List.of("Höganäs hamn"), "400 meter gångväg",
          "Andel som känner sig trygga i hamnen på kvällen (trygghetsmätningen)", "Teknisk chef"));
      sign(hoganasCoordinator, police, hoganas.id(), "Höganäs", LocalDate.of(2026, 6, 12));
      promises.publish(police, hoganas.id());
    });
  }

  private Promise publish(Member coordinator, Member police, Draft draft, List<CommitmentInput> commitments,
      String place) {
    Promise p = promises.draft(coordinator, draft, true);
    for (CommitmentInput c : commitments) {
      promises.addCommitment(c.party() == Party.POLICE ? police : coordinator, p.id(), c);
    }
    sign(coordinator, police, p.id(), place, draft.validFrom().minusDays(20));
    return promises.publish(coordinator, p.id());
  }

  private void sign(Member coordinator, Member police, java.util.UUID id, String place, LocalDate on) {
    promises.sign(coordinator, id, new SignatureInput(Party.MUNICIPALITY, "Kent Ordförande",
        "Kommunstyrelsens ordförande", on, place));
    promises.sign(police, id, new SignatureInput(Party.POLICE, "Lena Chef", "Lokalpolisområdeschef", on, place));
  }

  private Member user(String name, String displayName, Role role, String code, Long lpo) {
    return users.loadMember(name).orElseGet(() -> {
      long id = users.create(name, displayName, null, PASSWORD);
      memberships.grant(id, role, code, lpo);
      return users.loadMember(name).orElseThrow();
    });
  }
}
