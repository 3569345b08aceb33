package se.medborgarlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.Party;

class PromiseTests {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2025-01-15T10:00:00+01:00");

  static PromiseText text() {
    return new PromiseText("Tryggare Båstad 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6,
        LocalDate.of(2025, 12, 31), List.of("BURGLARY"), "Inledning", "Problem", "Läge", "Uppföljning");
  }

  static Commitment commitment(Party party, String text) {
    return new Commitment(UUID.randomUUID(), party, text, ActivityType.SAFETY_WALK, List.of("BURGLARY"),
        List.of("Torekov"), "2 vandringar", "Protokoll", "Samordnare");
  }

  static Signature signature(Party party) {
    return new Signature(party, "Namn", "Titel", LocalDate.of(2025, 1, 10), "Båstad", Signature.Method.PAPER, "u",
        NOW);
  }

  static Promise signedDraft() {
    Promise p = Promise.draft("1278", 1, text(), false);
    p.addCommitment(commitment(Party.POLICE, "Polisen patrullerar"));
    p.sign(signature(Party.MUNICIPALITY));
    p.sign(signature(Party.POLICE));
    return p;
  }

  static Promise published() {
    Promise p = signedDraft();
    p.publish(NOW);
    return p;
  }

  @Test
  void theStateTableAllowsOnlyTheDocumentedMoves() {
    assertThat(PromiseStatus.DRAFT.canMoveTo(PromiseStatus.AWAITING_SIGNATURES)).isTrue();
    assertThat(PromiseStatus.DRAFT.canMoveTo(PromiseStatus.PUBLISHED)).isFalse();
    assertThat(PromiseStatus.AWAITING_SIGNATURES.canMoveTo(PromiseStatus.PUBLISHED)).isTrue();
    assertThat(PromiseStatus.PUBLISHED.canMoveTo(PromiseStatus.DRAFT)).isFalse();
    assertThat(PromiseStatus.EXTENDED.canMoveTo(PromiseStatus.EXTENDED)).isTrue();
    for (PromiseStatus end : List.of(PromiseStatus.SUPERSEDED, PromiseStatus.CLOSED, PromiseStatus.WITHDRAWN)) {
      for (PromiseStatus any : PromiseStatus.values()) {
        assertThat(end.canMoveTo(any)).as(end + " -> " + any).isFalse();
      }
    }
    assertThatThrownBy(() -> PromiseStatus.CLOSED.moveTo(PromiseStatus.PUBLISHED))
        .isInstanceOf(ConflictException.class).hasMessageContaining("CLOSED cannot become PUBLISHED");
  }

  @Test
  void aNewPromiseIsADraftAtVersionOne() {
    Promise p = Promise.draft("1278", 1, text(), false);
    assertThat(p.status()).isEqualTo(PromiseStatus.DRAFT);
    assertThat(p.working().number()).isEqualTo(1);
    assertThat(p.published()).isEmpty();
  }

  @Test
  void theFirstSignatureLocksTheTextUntilReopened() {
    Promise p = Promise.draft("1278", 1, text(), false);
    p.addCommitment(commitment(Party.JOINT, "Grannsamverkan"));
    p.sign(signature(Party.MUNICIPALITY));
    assertThat(p.status()).isEqualTo(PromiseStatus.AWAITING_SIGNATURES);
    assertThatThrownBy(() -> p.addCommitment(commitment(Party.POLICE, "x"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> p.sign(signature(Party.MUNICIPALITY))).isInstanceOf(ConflictException.class)
        .hasMessageContaining("already signed");
    p.reopen();
    assertThat(p.status()).isEqualTo(PromiseStatus.DRAFT);
    assertThat(p.working().signatures()).isEmpty();
  }

  @Test
  void cannotSignAPromiseWithoutCommitments() {
    Promise p = Promise.draft("1278", 1, text(), false);
    assertThatThrownBy(() -> p.sign(signature(Party.POLICE))).isInstanceOf(ConflictException.class);
  }

  @Test
  void publishingNeedsBothPartiesAndSaysWhichIsMissing() {
    Promise p = Promise.draft("1278", 1, text(), false);
    p.addCommitment(commitment(Party.POLICE, "x"));
    assertThatThrownBy(() -> p.publish(NOW)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("the kommun has not signed").hasMessageContaining("the police has not signed");
    p.sign(signature(Party.MUNICIPALITY));
    assertThatThrownBy(() -> p.publish(NOW)).hasMessageContaining("the police has not signed")
        .hasMessageNotContaining("kommun");
  }

  @Test
  void publishingFreezesTheVersionAndAnnouncesIt() {
    Promise p = signedDraft();
    PromisePublished event = p.publish(NOW);
    assertThat(p.status()).isEqualTo(PromiseStatus.PUBLISHED);
    assertThat(event.version()).isEqualTo(1);
    assertThat(event.revises()).isNull();
    assertThat(event.followUpIntervalMonths()).isEqualTo(6);
    assertThatThrownBy(() -> p.edit(text())).isInstanceOf(ConflictException.class)
        .hasMessageContaining("open a revision");
    assertThatThrownBy(() -> p.removeCommitment(p.working().commitments().get(0).id()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aRevisionIsSeededFromThePublishedVersionAndSupersedesItWhenPublished() {
    Promise p = published();
    PromiseVersion v2 = p.revise();
    assertThat(v2.number()).isEqualTo(2);
    assertThat(v2.status()).isEqualTo(PromiseStatus.DRAFT);
    assertThat(v2.commitments()).isEqualTo(p.version(1).orElseThrow().commitments());
    assertThat(v2.signatures()).isEmpty();
    assertThat(p.published().orElseThrow().number()).isEqualTo(1);
    assertThatThrownBy(p::revise).isInstanceOf(ConflictException.class);
    p.addCommitment(commitment(Party.MUNICIPALITY, "Ny belysning"));
    p.sign(signature(Party.MUNICIPALITY));
    p.sign(signature(Party.POLICE));
    PromisePublished event = p.publish(NOW.plusMonths(6));
    assertThat(event.revises()).isEqualTo(1);
    assertThat(p.version(1).orElseThrow().status()).isEqualTo(PromiseStatus.SUPERSEDED);
    assertThat(p.published().orElseThrow().number()).isEqualTo(2);
  }

  @Test
  void anExtensionKeepsTheContentAndMovesTheLastDay() {
    Promise p = published();
    p.extend(LocalDate.of(2026, 12, 31), "Förlängt med samma innehåll", NOW);
    assertThat(p.status()).isEqualTo(PromiseStatus.EXTENDED);
    assertThat(p.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(p.working().text().validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    p.extend(LocalDate.of(2027, 12, 31), "Ett år till", NOW);
    assertThat(p.extensions()).hasSize(2);
    assertThatThrownBy(() -> p.extend(LocalDate.of(2027, 6, 30), "tidigare", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> p.extend(LocalDate.of(2028, 12, 31), " ", NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyAPublishedPromiseCanBeExtendedRevisedOrClosed() {
    Promise p = Promise.draft("1278", 1, text(), false);
    assertThatThrownBy(() -> p.extend(LocalDate.of(2026, 12, 31), "n", NOW)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(p::revise).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> p.close("r")).isInstanceOf(ConflictException.class);
  }

  @Test
  void closingNeedsAReasonAndEndsEverything() {
    Promise p = published();
    p.revise();
    assertThatThrownBy(() -> p.close("")).isInstanceOf(InvalidInputException.class);
    p.close("Ersatt av samverkansöverenskommelse 2026");
    assertThat(p.status()).isEqualTo(PromiseStatus.CLOSED);
    assertThat(p.version(2).orElseThrow().status()).isEqualTo(PromiseStatus.WITHDRAWN);
    assertThat(p.closedReason()).contains("2026");
    assertThatThrownBy(() -> p.extend(LocalDate.of(2026, 12, 31), "n", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void withdrawingARevisionLeavesThePublishedVersionInForce() {
    Promise p = published();
    p.revise();
    p.withdraw("Vi väntar på trygghetsmätningen");
    assertThat(p.status()).isEqualTo(PromiseStatus.PUBLISHED);
    assertThat(p.working().number()).isEqualTo(1);
    assertThat(p.openDraft()).isEmpty();
  }

  @Test
  void commitmentsCanBeReorderedAndWarnAboutWhatCannotBeChecked() {
    Promise p = Promise.draft("1278", 1, text(), false);
    Commitment a = commitment(Party.POLICE, "a");
    Commitment b = new Commitment(UUID.randomUUID(), Party.MUNICIPALITY, "b", ActivityType.OTHER,
        List.of("BURGLARY"), List.of(), null, " ", null);
    p.addCommitment(a);
    p.addCommitment(b);
    p.reorderCommitment(b.id(), -1);
    assertThat(p.working().commitments()).extracting(Commitment::text).containsExactly("b", "a");
    assertThat(b.warnings()).containsExactly("NO_PLACE", "NO_TARGET", "NO_INDICATOR");
    assertThat(p.working().warningCount()).isEqualTo(3);
  }
}
