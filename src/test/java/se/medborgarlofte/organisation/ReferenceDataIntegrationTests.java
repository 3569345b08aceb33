package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medborgarlofte.support.IntegrationTest;

@IntegrationTest
class ReferenceDataIntegrationTests {

  @Autowired Municipalities municipalities;
  @Autowired LocalPoliceAreas areas;
  @Autowired JdbcClient jdbc;

  @Test
  void all290KommunerIn21CountiesAnd7PoliceRegionsAreLoaded() {
    assertThat(municipalities.all()).hasSize(290);
    assertThat(municipalities.counties()).hasSize(21);
    assertThat(municipalities.policeRegions()).containsExactlyInAnyOrder("Nord", "Mitt", "Stockholm", "Öst", "Väst",
        "Syd", "Bergslagen");
  }

  @Test
  void bastadLiesInSkaneAndPoliceRegionSydWithItsPopulationAndLpo() {
    MunicipalityView bastad = municipalities.find("1278").orElseThrow();
    assertThat(bastad.name()).isEqualTo("Båstad");
    assertThat(bastad.countyName()).isEqualTo("Skåne län");
    assertThat(bastad.policeRegion()).isEqualTo("Syd");
    assertThat(bastad.population()).isEqualTo(15984);
    assertThat(bastad.populationDate()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(bastad.localPoliceAreas()).extracting(MunicipalityView.LpoRef::name).contains("Ängelholm");
  }

  @Test
  void populationMatchesTheScbTotalAndKeepsItsSource() {
    assertThat(jdbc.sql("select sum(population) from organisation_population where year = 2024").query(Long.class)
        .single()).isEqualTo(10_587_140L);
    // The shipped year; other tests import earlier years from SCB files of their own.
    assertThat(jdbc.sql("select distinct source from organisation_population where year = 2024").query(String.class)
        .list())
        .singleElement().asString().contains("SCB");
  }

  @Test
  void theEvidencedLpoLinksAreDatedAndEslovCoversThreeKommuner() {
    long eslov = areas.findId("Syd", "Eslöv").orElseThrow();
    assertThat(areas.get(eslov).municipalities()).extracting(LocalPoliceAreaView.Link::code)
        .containsExactlyInAnyOrder("1285", "1266", "1267");
    assertThat(municipalities.isCoveredBy("1266", eslov, LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(municipalities.isCoveredBy("1266", eslov, LocalDate.of(2018, 1, 1))).isFalse();
  }

  @Test
  void jarvaCoversTwoStockholmDistrictsWhichArePlaces() {
    long jarva = areas.findId("Stockholm", "Järva").orElseThrow();
    assertThat(areas.get(jarva).municipalities()).singleElement()
        .satisfies(l -> assertThat(l.note()).contains("Rinkeby-Kista").contains("Spånga-Tensta"));
    assertThat(jdbc.sql("select count(*) from organisation_place where municipality_code = '0180'")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void searchFindsByNamePrefixAndByCode() {
    assertThat(municipalities.search("bås")).extracting(MunicipalityView::code).contains("1278");
    assertThat(municipalities.search("1278")).extracting(MunicipalityView::name).containsExactly("Båstad");
    assertThat(municipalities.search("100%_")).isEmpty();
  }
}
