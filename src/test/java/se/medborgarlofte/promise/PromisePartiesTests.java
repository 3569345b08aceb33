package se.medborgarlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.Party;
import tools.jackson.databind.json.JsonMapper;

/** The rules of parties, owners and signatures, without a database. */
class PromisePartiesTests {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2025-01-15T10:00:00+01:00");

  static PromiseText text(List<OtherParty> others, LocalDate from) {
    return new PromiseText("Hamnen", from, LocalDate.of(2025, 12, 31), 6, LocalDate.of(2025, 12, 31),
        List.of("BURGLARY"), null, null, null, null, null, others, List.of(), PeriodPrecision.DAY, null);
  }

  static Commitment owned(String... owners) {
    return new Commitment(UUID.randomUUID(), List.of(owners), null, null, "Text", ActivityType.OTHER,
        List.of("BURGLARY"), List.of(), List.of(), null, null, null, null);
  }

  static Signature signature(String party, String name, LocalDate on) {
    return new Signature(party, name, "Titel", on, "Båstad", Signature.Method.PAPER, "u", NOW);
  }

  static final List<OtherParty> COAST_AND_PARKING = List.of(
      new OtherParty("kustbevakningen", "Kustbevakningen", PartyKind.AGENCY),
      new OtherParty("parkering", "P-bolaget", PartyKind.COMPANY));

  @Test
  void aThirdPartyThatOwnsACommitmentMustSignOneThatOwnsNoneNeedNot() {
    Promise p = Promise.draft(List.of("1278"), List.of(1L), List.of("1278"),
        text(COAST_AND_PARKING, LocalDate.of(2025, 1, 1)), false);
    p.addCommitment(owned("kustbevakningen", "POLICE"));
    p.sign(signature("MUNICIPALITY", "Karl", null));
    p.sign(signature("POLICE", "Anna", null));
    p.sign(signature("POLICE", "Bertil", null));
    assertThatThrownBy(() -> p.publish(NOW)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("Kustbevakningen has not signed").hasMessageNotContaining("P-bolaget");
    p.sign(signature("kustbevakningen", "Kerstin", null));
    p.publish(NOW);
    assertThat(p.status()).isEqualTo(PromiseStatus.PUBLISHED);
    assertThat(p.published().orElseThrow().signatures()).hasSize(4);
  }

  @Test
  void aPolicePromiseNeedsOnlyThePolice() {
    Promise p = Promise.draft(List.of(), List.of(1L), List.of("1278", "1284"), text(List.of(), null), false);
    p.addCommitment(owned("POLICE"));
    assertThat(p.parties(p.working())).extracting(PromiseParty::key).containsExactly("POLICE");
    p.sign(signature("POLICE", "Anna", LocalDate.of(2025, 2, 3)));
    PromisePublished event = p.publish(NOW);
    assertThat(event.municipalityCode()).isNull();
    assertThat(event.localPoliceAreaIds()).containsExactly(1L);
    assertThat(event.validFrom()).as("from signing: the last signature's day").isEqualTo(LocalDate.of(2025, 2, 3));
  }

  @Test
  void anArchivedPromiseIsPublishedOnlyFromItsSourceAndASourceIsNeededForThat() {
    PromiseText t = text(List.of(), LocalDate.of(2019, 1, 1));
    PromiseText sourced = new PromiseText(t.title(), t.validFrom(), t.validTo(), 6, t.evaluationDate(),
        t.problemCategories(), null, null, null, null, null, List.of(), List.of(), PeriodPrecision.YEAR,
        new Source("https://example.org/x", "Källa", null));
    Promise archived = Promise.draft(List.of("1278"), List.of(1L), List.of("1278"), sourced, false);
    archived.addCommitment(owned("POLICE"));
    assertThatThrownBy(() -> archived.publish(NOW)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("fromSource");
    PromisePublished event = archived.publishFromSource(NOW);
    assertThat(event.fromSource()).isTrue();
    assertThat(archived.published().orElseThrow().signatures()).isEmpty();

    Promise plain = Promise.draft(List.of("1278"), List.of(1L), List.of("1278"), t, false);
    plain.addCommitment(owned("POLICE"));
    assertThatThrownBy(() -> plain.publishFromSource(NOW)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aThirdPartyWithCommitmentsCannotBeDroppedFromTheText() {
    Promise p = Promise.draft(List.of("1278"), List.of(1L), List.of("1278"),
        text(COAST_AND_PARKING, LocalDate.of(2025, 1, 1)), false);
    p.addCommitment(owned("kustbevakningen"));
    assertThatThrownBy(() -> p.edit(text(List.of(COAST_AND_PARKING.get(1)), LocalDate.of(2025, 1, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("kustbevakningen");
    p.edit(text(List.of(COAST_AND_PARKING.get(0)), LocalDate.of(2025, 1, 1)));
    assertThat(p.working().text().otherParties()).extracting(OtherParty::key).containsExactly("kustbevakningen");
  }

  @Test
  void commitmentsAreGroupedByOwnerSetTheSeedsGroupsFirst() {
    Promise p = Promise.draft(List.of("1278"), List.of(1L), List.of("1278"),
        text(COAST_AND_PARKING, LocalDate.of(2025, 1, 1)), false);
    p.addCommitment(owned("kustbevakningen"));
    p.addCommitment(owned("POLICE", "MUNICIPALITY"));
    p.addCommitment(owned("parkering", "POLICE"));
    p.addCommitment(owned("MUNICIPALITY"));
    p.addCommitment(owned("kustbevakningen"));
    PromiseView view = PromiseView.of(p, p.working(), true);
    assertThat(view.ownerGroups()).extracting(PromiseView.OwnerGroup::owners).containsExactly(
        List.of("MUNICIPALITY"), List.of("MUNICIPALITY", "POLICE"), List.of("kustbevakningen"),
        List.of("POLICE", "parkering"));
    assertThat(view.ownerGroups().get(2).commitments()).hasSize(2);
    assertThat(view.commitments().get(1).party()).isEqualTo("JOINT");
    assertThat(view.commitments().get(2).party()).isNull();
  }

  @Test
  void aCommitmentStoredBeforeOwnersExistedReadsItsOwnersFromItsParty() {
    JsonMapper json = JsonMapper.builder().build();
    Commitment c = json.readValue("""
        {"id":"6f1c4b0e-4a0b-4d59-9a51-2b7f3f7f0c11","party":"JOINT","text":"Vandringar","activityType":"SAFETY_WALK",
         "problemCategories":["BURGLARY"],"places":["Torekov"],"target":"2","indicator":null,
         "responsibleRole":null}""", Commitment.class);
    assertThat(c.owners()).containsExactly("MUNICIPALITY", "POLICE");
    assertThat(c.kind()).isEqualTo(CommitmentKind.PROMISE);
    assertThat(c.party()).isEqualTo(Party.JOINT);
    Commitment again = json.readValue(json.writeValueAsString(c), Commitment.class);
    assertThat(again).isEqualTo(c);
  }

  @Test
  void aQuantityIsWrittenAsPeopleWriteIt() {
    assertThat(new Quantity(new BigDecimal("8E+1"), "kontroller", Quantity.Per.YEAR).atLeastText()).isEqualTo("80");
    assertThat(new Quantity(new BigDecimal("2.50"), "timmar", Quantity.Per.WEEK).atLeastText()).isEqualTo("2.5");
  }
}
