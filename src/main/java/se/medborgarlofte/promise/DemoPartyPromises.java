package se.medborgarlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.promise.PromiseRequests.AreaInput;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.promise.PromiseRequests.OtherPartyInput;
import se.medborgarlofte.promise.PromiseRequests.QuantityInput;
import se.medborgarlofte.promise.PromiseRequests.SignatureInput;
import se.medborgarlofte.promise.PromiseRequests.SourceInput;

/**
 * The demo promises that do not fit the seed: one shared by two kommuner with three more parties (one of which signs
 * but promises nothing), several owners per item, kinds, a quantified target and a period by months; and one archived
 * from a source, published without signatures of its own. Invented, and marked as examples like the others.
 */
final class DemoPartyPromises {

  private final PromiseManagement promises;

  DemoPartyPromises(PromiseManagement promises) {
    this.promises = promises;
  }

  Promise harbours(Member bastad, Member hoganas, Member police, long angelholm) {
    Draft d = new Draft(null, null, "Trygga hamnar sommaren 2026 (exempel)", LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 8, 31), 1, LocalDate.of(2026, 9, 15), List.of("PUBLIC_DISORDER", "VANDALISM"),
        "Båstads och Höganäs kommuner, lokalpolisområde Ängelholm, Kustbevakningen och Hamnföreningen lovar "
            + "tillsammans en tryggare sommar i de två hamnarna.",
        "Störningar och skadegörelse i hamnarna sommarkvällar, enligt medborgardialogerna 2025.", null,
        "Vi följer upp varje månad under sommaren.", List.of("1278", "1284"), List.of(angelholm),
        "Båstads och Höganäs kommuner", List.of(
            new OtherPartyInput("kustbevakningen", "Kustbevakningen", PartyKind.AGENCY),
            new OtherPartyInput("hamnforeningen", "Hamnföreningen (påhittad)", PartyKind.ASSOCIATION),
            new OtherPartyInput("p-bolaget", "Parkeringsbolaget (påhittat)", PartyKind.COMPANY)),
        List.of(new AreaInput("Båstad hamn", null), new AreaInput("Höganäs hamn", null)), PeriodPrecision.MONTH,
        null);
    Promise p = promises.draft(bastad, d, true);
    add(bastad, p, List.of("kustbevakningen"), null, CommitmentKind.PROMISE,
        "Kustbevakningen patrullerar hamninloppen fredag och lördag kväll.", ActivityType.PATROL_PRESENCE,
        new QuantityInput(new BigDecimal("6"), "patrulleringar", Quantity.Per.MONTH));
    add(police, p, List.of("POLICE", "MUNICIPALITY", "hamnforeningen"), "med flera", CommitmentKind.PROMISE,
        "Vi håller trygghetsvandringar i båda hamnarna med boende och båtägare.", ActivityType.SAFETY_WALK,
        new QuantityInput(new BigDecimal("2"), "trygghetsvandringar", Quantity.Per.PERIOD));
    add(hoganas, p, List.of("MUNICIPALITY"), null, CommitmentKind.INVESTIGATE,
        "Kommunerna ser över möjligheten till bättre belysning på hamnplanen.", ActivityType.ENVIRONMENT_REVIEW, null);
    add(police, p, List.of("POLICE"), null, CommitmentKind.CONDITIONAL,
        "Polisen förstärker närvaron vid evenemang i hamnen vid behov.", ActivityType.PATROL_PRESENCE, null);
    LocalDate on = LocalDate.of(2026, 5, 20);
    promises.sign(bastad, p.id(), new SignatureInput("MUNICIPALITY", "Kent Ordförande",
        "Kommunstyrelsens ordförande, Båstad", on, "Båstad"));
    promises.sign(hoganas, p.id(), new SignatureInput("MUNICIPALITY", "Hanna Ordförande",
        "Kommunstyrelsens ordförande, Höganäs", on, "Höganäs"));
    promises.sign(police, p.id(), new SignatureInput("POLICE", "Lena Chef", "Lokalpolisområdeschef", on, "Båstad"));
    promises.sign(bastad, p.id(), new SignatureInput("kustbevakningen", "Karin Kust", "Stationschef", on, "Båstad"));
    promises.sign(police, p.id(), new SignatureInput("hamnforeningen", "Olle Hamn", "Ordförande", on, "Båstad"));
    promises.sign(hoganas, p.id(), new SignatureInput("p-bolaget", "Pia Parkering", "VD", on, "Höganäs"));
    return promises.publish(bastad, p.id());
  }

  Promise archived(Member eslov, long eslovLpo) {
    Draft d = new Draft("1285", eslovLpo, "Medborgarlöfte Eslöv 2019–2020 (exempel)", LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 12, 31), 6, null, List.of("DRUGS", "YOUTH_CRIME"),
        "Ett äldre medborgarlöfte, hämtat till arkivet från webbplatsen där det först publicerades.", null, null,
        null, null, null, null, List.of(), List.of(new AreaInput("Eslövs centrum", null)), PeriodPrecision.YEAR,
        new SourceInput("https://example.org/eslov/medborgarlofte-2019", "Eslövs kommun: Medborgarlöfte 2019 "
            + "(påhittad källa)", LocalDate.of(2019, 1, 15)));
    Promise p = promises.draft(eslov, d, true);
    add(eslov, p, List.of("POLICE"), null, CommitmentKind.PROMISE,
        "Polisen genomför minst sex narkotikainsatser i centrum.", ActivityType.PATROL_PRESENCE,
        new QuantityInput(new BigDecimal("6"), "narkotikainsatser", Quantity.Per.PERIOD));
    add(eslov, p, List.of("MUNICIPALITY"), null, CommitmentKind.ONGOING,
        "Fältassistenterna fortsätter sitt arbete på kvällstid.", ActivityType.OTHER, null);
    return promises.publish(eslov, p.id(), true);
  }

  private void add(Member by, Promise p, List<String> owners, String ownerNote, CommitmentKind kind, String text,
      ActivityType type, QuantityInput quantity) {
    promises.addCommitment(by, p.id(), new CommitmentInput(null, text, type, List.of("PUBLIC_DISORDER"), List.of(),
        null, null, null, owners, ownerNote, kind, quantity, null));
  }
}
