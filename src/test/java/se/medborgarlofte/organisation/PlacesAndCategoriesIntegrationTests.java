package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.InvalidInputException;
import se.medborgarlofte.shared.ProblemCategories;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

@IntegrationTest
class PlacesAndCategoriesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Places places;
  @Autowired ProblemCategories categories;

  @Test
  void aCoordinatorKeepsItsKommunsPlacesAndTheyShowOnTheKommunPage() throws Exception {
    Member coordinator = people.coordinator("1257");
    String name = "Skånes Fagerhult " + System.nanoTime() % 10000;
    mvc.perform(post("/admin/kommuner/1257/platser").with(user(coordinator)).with(csrf())
            .param("name", name).param("kind", "TOWN").param("latitude", "56,37").param("longitude", "13.46"))
        .andExpect(redirectedUrl("/admin/kommuner/1257/platser"));
    Place place = places.in("1257").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    assertThat(place.latitude()).isEqualTo(56.37);
    mvc.perform(get("/kommuner/1257")).andExpect(content().string(Matchers.containsString(name)));
    mvc.perform(post("/admin/kommuner/1257/platser/" + place.id() + "/ta-bort").with(user(coordinator)).with(csrf()))
        .andExpect(redirectedUrl("/admin/kommuner/1257/platser"));
    assertThat(places.find(place.id())).isEmpty();
  }

  @Test
  void kommunANeverEditsKommunB() {
    Member other = people.coordinator("1285");
    assertThatThrownBy(() -> places.add(other, "1257", "Intrång", "TOWN", null, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void nonsenseInAPlaceFormIsExplainedAndNothingIsSaved() throws Exception {
    Member coordinator = people.coordinator("1260");
    int before = places.in("1260").size();
    mvc.perform(post("/admin/kommuner/1260/platser").with(user(coordinator)).with(csrf())
            .param("name", "").param("kind", "CASTLE").param("latitude", "abc"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("latitude")));
    mvc.perform(post("/admin/kommuner/1260/platser").with(user(coordinator)).with(csrf())
            .param("name", "").param("kind", "CASTLE").param("latitude", "80").param("longitude", "13"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.allOf(Matchers.containsString("name"), Matchers.containsString("kind"),
            Matchers.containsString("latitude"))));
    assertThat(places.in("1260")).hasSize(before);
  }

  @Test
  void theTaxonomyHasTheFourteenBuiltInCodesAndAdminsMayAddMore() {
    assertThat(categories.all()).extracting(c -> c.code()).contains("BURGLARY", "THEFT", "VANDALISM", "LITTERING",
        "TRAFFIC", "DRUGS", "PUBLIC_DISORDER", "VIOLENCE", "DOMESTIC_VIOLENCE", "FRAUD", "YOUTH_CRIME",
        "ORGANISED_CRIME", "UNSAFE_PLACES", "POLICE_PRESENCE");
    assertThat(categories.find("BURGLARY").orElseThrow().labelSv()).isEqualTo("Inbrott");
    assertThatThrownBy(() -> categories.add("lower_case", "x", "y")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> categories.add("ÅSKA", "x", "y")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> categories.add("BURGLARY", "x", "y")).isInstanceOf(ConflictException.class);
    String code = "NOISE_" + System.nanoTime() % 100000;
    categories.add(code, "Buller", "Noise");
    assertThat(categories.find(code)).isPresent();
    assertThatThrownBy(() -> categories.requireKnown("problemCategories", java.util.List.of(code, "NOPE")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message()).contains("NOPE").doesNotContain(code));
  }

  @Test
  void theAuditPageShowsChanges() throws Exception {
    Member admin = people.admin();
    categories.add("AUDITED_" + System.nanoTime() % 100000, "Granskad", "Audited");
    mvc.perform(get("/admin/granskning").param("type", "ProblemCategory").with(user(admin)))
        .andExpect(content().string(Matchers.containsString("PROBLEM_CATEGORY_CREATED")));
  }
}
