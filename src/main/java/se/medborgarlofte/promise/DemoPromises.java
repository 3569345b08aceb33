package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medborgarlofte.organisation.DemoUsers;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.ExtensionInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.shared.plugin.DemoData;
import se.medborgarlofte.shared.plugin.DemoLoader;

/**
 * Demo promises: five invented promises (two of them beyond the seed's two-party shape, see
 * {@link DemoPartyPromises}), marked as examples on every page, for the demo users of
 * {@link DemoUsers}. Loaded once, in one transaction; a later start finds them.
 */
@Component
@DemoData
class DemoPromises implements DemoLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoPromises.class);

  private final JdbcClient jdbc;
  private final DemoUsers users;
  private final LocalPoliceAreas areas;
  private final PromiseManagement promises;
  private final TransactionTemplate tx;

  DemoPromises(JdbcClient jdbc, DemoUsers users, LocalPoliceAreas areas, PromiseManagement promises,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.users = users;
    this.areas = areas;
    this.promises = promises;
    this.tx = tx;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void load() {
    if (jdbc.sql("select count(*) from promise_promise where example").query(Integer.class).single() > 0) {
      return;
    }
    long angelholm = areas.findId("Syd", "Ängelholm").orElseThrow();
    long eslov = areas.findId("Syd", "Eslöv").orElseThrow();
    Member coordinator = users.get(DemoUsers.COORDINATOR_BASTAD);
    Member police = users.get(DemoUsers.POLICE_ANGELHOLM);
    Member eslovCoordinator = users.get(DemoUsers.COORDINATOR_ESLOV);
    Member eslovPolice = users.get(DemoUsers.POLICE_ESLOV);
    Member hoganasCoordinator = users.get(DemoUsers.COORDINATOR_HOGANAS);
    tx.executeWithoutResult(s -> {
      Promise bastad = publish(coordinator, police, DemoTexts.bastad(angelholm), DemoTexts.bastadCommitments(), "Båstad");
      log.info("Demo promise with {} commitments for the page benchmark: /loften/{}",
          bastad.working().commitments().size(), bastad.id());
      Promise eslovPromise = publish(eslovCoordinator, eslovPolice, DemoTexts.eslov(eslov), DemoTexts.eslovCommitments(),
          "Eslöv");
      promises.extend(eslovCoordinator, eslovPromise.id(), new ExtensionInput(LocalDate.of(2026, 12, 31),
          "Utvärderingen i december 2025 visade att arbetet gett effekt men behöver ett år till. Styrgruppen beslutade "
              + "att förlänga löftet med samma innehåll till och med 2026-12-31.",
          "Utvärderingen gjordes av styrgruppen utanför plattformen, innan uppföljningen fanns här."));
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
      DemoPartyPromises more = new DemoPartyPromises(promises);
      more.harbours(coordinator, hoganasCoordinator, police, angelholm);
      more.archived(eslovCoordinator, eslov);
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
}
