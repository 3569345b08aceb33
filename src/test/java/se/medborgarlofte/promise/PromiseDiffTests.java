package se.medborgarlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.promise.PromiseDiff.Kind;
import se.medborgarlofte.promise.PromiseDiff.Segment;
import se.medborgarlofte.shared.Party;

class PromiseDiffTests {

  @Test
  void wordsShowWhatWasKeptRemovedAndAdded() {
    assertThat(PromiseDiff.words("Polisen patrullerar i Torekov", "Polisen patrullerar varje vecka i Båstad"))
        .containsExactly(new Segment(Kind.KEPT, "Polisen patrullerar"), new Segment(Kind.ADDED, "varje vecka"),
            new Segment(Kind.KEPT, "i"), new Segment(Kind.ADDED, "Båstad"), new Segment(Kind.REMOVED, "Torekov"));
    assertThat(PromiseDiff.words("", "Ny text")).containsExactly(new Segment(Kind.ADDED, "Ny text"));
    assertThat(PromiseDiff.words("Gammal", "")).containsExactly(new Segment(Kind.REMOVED, "Gammal"));
  }

  @Test
  void aRevisionListsChangedSectionsAndCommitmentsAddedRemovedAndChanged() {
    Promise p = PromiseTests.published();
    Commitment kept = p.working().commitments().get(0);
    p.revise();
    PromiseText t = p.working().text();
    p.edit(new PromiseText("Tryggare Båstad 2026", t.validFrom(), LocalDate.of(2026, 12, 31),
        t.followUpIntervalMonths(), t.evaluationDate(), t.problemCategories(), t.introduction(),
        "Problem med inbrott i fritidshus", t.situation(), t.followUpDescription()));
    p.replaceCommitment(kept.id(), new Commitment(kept.id(), kept.party(), kept.text(), kept.activityType(),
        kept.problemCategories(), List.of("Torekov", "Båstad centrum"), "4 vandringar", kept.indicator(),
        kept.responsibleRole()));
    Commitment added = PromiseTests.commitment(Party.MUNICIPALITY, "Belysning vid stationen");
    p.addCommitment(added);
    PromiseDiff diff = PromiseDiff.between(p.version(1).orElseThrow(), p.version(2).orElseThrow());
    assertThat(diff.fromVersion()).isEqualTo(1);
    assertThat(diff.toVersion()).isEqualTo(2);
    assertThat(diff.fields()).extracting(PromiseDiff.FieldChange::field).containsExactly("title", "validTo");
    assertThat(diff.sections()).extracting(PromiseDiff.SectionChange::section).containsExactly("problemDescription");
    assertThat(diff.added()).containsExactly(added);
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly("places", "target"));

    p.removeCommitment(kept.id());
    PromiseDiff second = PromiseDiff.between(p.version(1).orElseThrow(), p.version(2).orElseThrow());
    assertThat(second.removed()).containsExactly(kept);
    assertThat(second.changed()).isEmpty();
  }

  @Test
  void identicalVersionsHaveAnEmptyDiff() {
    Promise p = PromiseTests.published();
    p.revise();
    assertThat(PromiseDiff.between(p.version(1).orElseThrow(), p.version(2).orElseThrow()).isEmpty()).isTrue();
  }
}
