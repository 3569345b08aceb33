package se.medborgarlofte.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.ActivityType;
import se.medborgarlofte.promise.PartyKind;
import se.medborgarlofte.promise.Promise;
import se.medborgarlofte.promise.PromiseManagement;
import se.medborgarlofte.promise.PromiseRequests;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.shared.Party;

/**
 * Small builders for promises in tests: a draft, a signed draft, a published promise, each with unique words. In the
 * shared test support so that the modules built on promises (follow-up) make theirs the same way.
 */
public final class PromiseFixtures {

  public final PromiseManagement promises;
  public final People people;
  public final long angelholm;
  public final long eslov;
  public final Member admin;

  public PromiseFixtures(PromiseManagement promises, People people) {
    this.promises = promises;
    this.people = people;
    this.angelholm = people.angelholm();
    this.eslov = people.eslov();
    this.admin = people.admin();
  }


  public static Draft draftOf(String code, long lpo, String title) {
    return new Draft(code, lpo, title, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6, null,
        List.of("BURGLARY", "TRAFFIC"), "Inledning om " + title, "Inbrotten ökar i fritidshusen", "Lägesbild",
        "Vi följer upp varje halvår");
  }

  public static CommitmentInput commitment(Party party, String text) {
    return new CommitmentInput(party, text, ActivityType.SAFETY_WALK, List.of("BURGLARY"), List.of("Torekov"),
        "4 trygghetsvandringar", "Antal åtgärdade platser", "Brottsförebyggande samordnare");
  }

  public static SignatureInput signature(Party party) {
    return new SignatureInput(party, party == Party.POLICE ? "Anna Polis" : "Karl Kommun",
        party == Party.POLICE ? "Lokalpolisområdeschef" : "Kommunstyrelsens ordförande", LocalDate.now(), "Båstad");
  }

  public Promise draft(String title) {
    return draft("1278", title);
  }

  /** A draft for a kommun of the standard LPO (Ängelholm: 1278 Båstad, 1284 Höganäs, 1257 Örkelljunga). */
  public Promise draft(String code, String title) {
    Promise p = promises.draft(admin, draftOf(code, angelholm, title));
    promises.addCommitment(admin, p.id(), commitment(Party.POLICE, "Polisen patrullerar i " + title));
    return promises.find(p.id()).orElseThrow();
  }

  /** Signed on paper, each party's signature recorded by its own staff (an admin may not do it for them). */
  public Promise signed(String title) {
    return signed("1278", title);
  }

  public Promise signed(String code, String title) {
    Promise p = draft(code, title);
    promises.sign(code.equals("1278") ? coordinator() : people.coordinator(code), p.id(),
        signature(Party.MUNICIPALITY));
    promises.sign(police(), p.id(), signature(Party.POLICE));
    return promises.find(p.id()).orElseThrow();
  }

  public Promise published(String title) {
    return published("1278", title);
  }

  public Promise published(String code, String title) {
    return promises.publish(admin, signed(code, title).id());
  }

  /** Published, in force from {@code validFrom} to {@code validTo} with half-yearly follow-ups and a police commitment. */
  public Promise published(String code, String title, LocalDate validFrom, LocalDate validTo) {
    Draft d = draftOf(code, angelholm, title);
    Promise p = promises.draft(admin, new Draft(d.municipalityCode(), d.localPoliceAreaId(), d.title(), validFrom,
        validTo, d.followUpIntervalMonths(), d.evaluationDate(), d.problemCategories(), d.introduction(),
        d.problemDescription(), d.situation(), d.followUpDescription()));
    promises.addCommitment(admin, p.id(), commitment(Party.POLICE, "Polisen patrullerar i " + title));
    promises.sign(code.equals("1278") ? coordinator() : people.coordinator(code), p.id(),
        signature(Party.MUNICIPALITY));
    promises.sign(police(), p.id(), signature(Party.POLICE));
    return promises.publish(admin, p.id());
  }

  private Member coordinator;
  private Member police;

  public Member coordinator() {
    if (coordinator == null) {
      coordinator = people.coordinator("1278");
    }
    return coordinator;
  }

  public Member police() {
    if (police == null) {
      police = people.police(angelholm);
    }
    return police;
  }

  /** A draft with a third party that owns a commitment: its paper signature is recorded by the promise's staff. */
  public Promise withThirdParty(String title) {
    Draft d = draftOf("1278", angelholm, title);
    Promise p = promises.draft(admin, new Draft(d.municipalityCode(), d.localPoliceAreaId(), d.title(), d.validFrom(),
        d.validTo(), d.followUpIntervalMonths(), d.evaluationDate(), d.problemCategories(), d.introduction(),
        d.problemDescription(), d.situation(), d.followUpDescription(), null, null, null,
        List.of(new PromiseRequests.OtherPartyInput("kustbevakningen", "Kustbevakningen", PartyKind.AGENCY)), null,
        null, null));
    promises.addCommitment(admin, p.id(), new CommitmentInput(null, "Kustbevakningen patrullerar i " + title,
        ActivityType.PATROL_PRESENCE, List.of("BURGLARY"), List.of("Hamnen"), null, null, null,
        List.of("kustbevakningen"), null, null, null, null));
    return promises.find(p.id()).orElseThrow();
  }

  /** An archived promise's draft, with its source and a commitment, not yet published. */
  public Promise archivedDraft(String title) {
    Draft d = draftOf("1278", angelholm, title);
    Promise p = promises.draft(admin, new Draft(d.municipalityCode(), d.localPoliceAreaId(), d.title(), d.validFrom(),
        d.validTo(), d.followUpIntervalMonths(), d.evaluationDate(), d.problemCategories(), d.introduction(),
        d.problemDescription(), d.situation(), d.followUpDescription(), null, null, null, null, null, null,
        new PromiseRequests.SourceInput("https://polisen.se/medborgarloften/bastad", "Polisen: Båstad", null)));
    promises.addCommitment(admin, p.id(), commitment(Party.POLICE, "Polisen patrullerar i " + title));
    return promises.find(p.id()).orElseThrow();
  }

  /** A draft for two kommuner of two LPOs (Båstad with Ängelholm, Eslöv with Eslöv): both sides' staff edit it. */
  public Promise twoKommuner(String title) {
    Draft d = draftOf("1278", angelholm, title);
    Promise p = promises.draft(admin, new Draft(null, null, d.title(), d.validFrom(), d.validTo(),
        d.followUpIntervalMonths(), d.evaluationDate(), d.problemCategories(), d.introduction(),
        d.problemDescription(), d.situation(), d.followUpDescription(), List.of("1278", "1285"),
        List.of(angelholm, eslov), null, null, null, null, null));
    promises.addCommitment(admin, p.id(), commitment(Party.JOINT, "Vi vandrar i " + title));
    return promises.find(p.id()).orElseThrow();
  }

  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
