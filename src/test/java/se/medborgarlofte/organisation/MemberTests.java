package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTests {

  static Member member(Membership... memberships) {
    return new Member(1, "x", "X", "{noop}x", true, false, List.of(memberships));
  }

  @Test
  void aCoordinatorEditsOnlyItsOwnKommun() {
    Member m = member(new Membership(1L, Role.COORDINATOR, "1278", null));
    assertThat(m.editsForMunicipality("1278")).isTrue();
    assertThat(m.editsForMunicipality("1285")).isFalse();
    assertThat(m.editsForLpo(10)).isFalse();
    assertThat(m.readsEverything()).isFalse();
  }

  @Test
  void aPoliceMemberEditsOnlyForItsLpo() {
    Member m = member(new Membership(1L, Role.POLICE, null, 10L));
    assertThat(m.editsForLpo(10)).isTrue();
    assertThat(m.editsForLpo(11)).isFalse();
    assertThat(m.editsForMunicipality("1278")).isFalse();
  }

  @Test
  void aSignatorySignsOnlyForItsOrganisationAndEditsNothing() {
    Member m = member(new Membership(1L, Role.SIGNATORY, "1278", null));
    assertThat(m.signsForMunicipality("1278")).isTrue();
    assertThat(m.signsForMunicipality("1285")).isFalse();
    assertThat(m.signsForLpo(10)).isFalse();
    assertThat(m.editsForMunicipality("1278")).isFalse();
  }

  @Test
  void anAdminEditsEverywhereButSignsForNobody() {
    Member m = member(new Membership(1L, Role.ADMIN, null, null));
    assertThat(m.editsForMunicipality("0180")).isTrue();
    assertThat(m.editsForLpo(99)).isTrue();
    assertThat(m.signsForMunicipality("0180")).isFalse();
    assertThat(m.readsEverything()).isTrue();
  }

  @Test
  void anAnalystReadsEverythingAndEditsNothing() {
    Member m = member(new Membership(1L, Role.ANALYST, null, null));
    assertThat(m.readsEverything()).isTrue();
    assertThat(m.editsForMunicipality("1278")).isFalse();
    assertThat(m.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
  }
}
