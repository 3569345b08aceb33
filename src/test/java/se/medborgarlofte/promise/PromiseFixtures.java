package se.medborgarlofte.promise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.medborgarlofte.organisation.LocalPoliceAreas;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.Party;
import se.medborgarlofte.support.People;

/** Small builders for promises in tests: a draft, a signed draft, a published promise, each with unique words. */
final class PromiseFixtures {

  final PromiseManagement promises;
  final People people;
  final long angelholm;
  final long eslov;
  final Member admin;

  PromiseFixtures(PromiseManagement promises, People people, LocalPoliceAreas areas) {
    this.promises = promises;
    this.people = people;
    this.angelholm = areas.findId("Syd", "Ängelholm").orElseThrow();
    this.eslov = areas.findId("Syd", "Eslöv").orElseThrow();
    this.admin = people.admin();
  }

  static Draft draftOf(String code, long lpo, String title) {
    return new Draft(code, lpo, title, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6, null,
        List.of("BURGLARY", "TRAFFIC"), "Inledning om " + title, "Inbrotten ökar i fritidshusen", "Lägesbild",
        "Vi följer upp varje halvår");
  }

  static CommitmentInput commitment(Party party, String text) {
    return new CommitmentInput(party, text, ActivityType.SAFETY_WALK, List.of("BURGLARY"), List.of("Torekov"),
        "4 trygghetsvandringar", "Antal åtgärdade platser", "Brottsförebyggande samordnare");
  }

  static SignatureInput signature(Party party) {
    return new SignatureInput(party, party == Party.POLICE ? "Anna Polis" : "Karl Kommun",
        party == Party.POLICE ? "Lokalpolisområdeschef" : "Kommunstyrelsens ordförande", LocalDate.now(), "Båstad");
  }

  Promise draft(String title) {
    Promise p = promises.draft(admin, draftOf("1278", angelholm, title));
    promises.addCommitment(admin, p.id(), commitment(Party.POLICE, "Polisen patrullerar i " + title));
    return promises.find(p.id()).orElseThrow();
  }

  Promise signed(String title) {
    Promise p = draft(title);
    promises.sign(admin, p.id(), signature(Party.MUNICIPALITY));
    promises.sign(admin, p.id(), signature(Party.POLICE));
    return promises.find(p.id()).orElseThrow();
  }

  Promise published(String title) {
    return promises.publish(admin, signed(title).id());
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
