package se.medborgarlofte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.organisation.MunicipalityGeometry;
import se.medborgarlofte.organisation.Place;
import se.medborgarlofte.organisation.Places;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/**
 * A hotspot saved as one of the kommun's places, through the admin page and the API: the place is a POINT at the
 * hotspot's centre and is listed by organisation's API, the hotspot then shows the place instead of the form; another
 * kommun's coordinator gets 403, an unknown hotspot 404, a bad name 422 naming the field and a taken name 409, and
 * none of them creates a place; the save is audited.
 */
@IntegrationTest
class HotspotPlacesIntegrationTests {

  /** Seeded per run: the points are random so that no earlier test's place or report lies inside the new hotspot. */
  private static final Random RANDOM = new Random();

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired PlaceReports reports;
  @Autowired Hotspots hotspots;
  @Autowired Places places;
  @Autowired MunicipalityGeometry geometry;
  @Autowired AuditTrail audit;

  @Test
  void aCoordinatorSavesAHotspotAsAPlaceThroughTheApiAndEveryRefusalChangesNothing() throws Exception {
    Hotspot h = newHotspot();
    Member coordinator = people.coordinator("1278");
    Member other = people.coordinator("1285");
    String url = "/api/v1/hotspots/" + h.id() + "/places";
    String name = "Skräp vid " + UUID.randomUUID();
    int before = places.in("1278").size();

    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(name)))
        .andExpect(status().isUnauthorized());
    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(name)).with(user(other)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/hotspots/H-999999999999/places").contentType(MediaType.APPLICATION_JSON)
            .content(body(name)).with(user(coordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/hotspots/nonsense/places").contentType(MediaType.APPLICATION_JSON)
            .content(body(name)).with(user(coordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(" ")).with(user(coordinator)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errorCount").value(1));
    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"name\":7}").with(user(coordinator)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    assertThat(places.in("1278")).hasSize(before);

    String created = mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(name))
            .with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.placeId").isNumber())
        .andReturn().getResponse().getContentAsString();
    long placeId = ((Number) JsonPath.read(created, "$.placeId")).longValue();

    mvc.perform(get("/api/v1/municipalities/1278/places"))
        .andExpect(jsonPath("$[?(@.id == " + placeId + ")].name").value(name))
        .andExpect(jsonPath("$[?(@.id == " + placeId + ")].kind").value("POINT"))
        .andExpect(jsonPath("$[?(@.id == " + placeId + ")].latitude").value(h.lat()))
        .andExpect(jsonPath("$[?(@.id == " + placeId + ")].longitude").value(h.lon()));
    assertThat(audit.forEntity("Hotspot", "1278/" + h.id())).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("HOTSPOT_SAVED_AS_PLACE");
      assertThat(e.actor()).isEqualTo(coordinator.getUsername());
    });
    assertThat(audit.forEntity("Place", String.valueOf(placeId))).extracting(AuditTrail.AuditEntry::action)
        .containsExactly("PLACE_CREATED");

    mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(name.toUpperCase()))
            .with(user(people.admin())))
        .andExpect(status().isConflict());
    assertThat(places.in("1278")).hasSize(before + 1);
    assertThat(audit.forEntity("Hotspot", "1278/" + h.id())).hasSize(1);
  }

  @Test
  void thePageOffersTheFormSavesThePlaceAndThenNamesItAndATakenNameIsShownBesideTheField() throws Exception {
    Hotspot h = newHotspot();
    Member coordinator = people.coordinator("1278");
    String page = "/admin/kommuner/1278/hotspots";
    String action = page + "/" + h.id() + "/plats";
    mvc.perform(get(page).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("action=\"" + action + "\"")))
        .andExpect(content().string(containsString("id=\"name-" + h.id() + "\"")));

    String taken = "Taget namn " + UUID.randomUUID();
    places.add(people.admin(), "1278", taken, "TOWN", null, null);
    int before = places.in("1278").size();
    mvc.perform(post(action).with(user(coordinator)).with(csrf()).param("name", taken))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("id=\"name-error\"")))
        .andExpect(content().string(containsString("href=\"#name\"")))
        .andExpect(content().string(containsString("value=\"" + taken + "\"")));
    mvc.perform(post(action).with(user(coordinator)).with(csrf()).param("name", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"name-error\"")));
    mvc.perform(post(action).with(user(people.coordinator("1285"))).with(csrf()).param("name", "Främmande"))
        .andExpect(status().isForbidden());
    mvc.perform(post(page + "/H-999999999999/plats").with(user(coordinator)).with(csrf()).param("name", "Ingen"))
        .andExpect(status().isNotFound());
    mvc.perform(post(action).with(user(coordinator)).param("name", "Utan CSRF"))
        .andExpect(status().isForbidden());
    assertThat(places.in("1278")).hasSize(before);

    String name = "Skräphörnan " + UUID.randomUUID();
    mvc.perform(post(action).with(user(coordinator)).with(csrf()).param("name", name))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(page + "?sparad=" + h.id() + "#" + h.id()));
    Place saved = places.in("1278").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    assertThat(saved.kind()).isEqualTo("POINT");
    assertThat(saved.latitude()).isEqualTo(h.lat());
    assertThat(saved.longitude()).isEqualTo(h.lon());
    assertThat(audit.forEntity("Hotspot", "1278/" + h.id())).hasSize(1);

    mvc.perform(get(page).with(user(coordinator)).param("sparad", h.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Finns som plats: " + name)))
        .andExpect(content().string(not(containsString("action=\"" + action + "\""))));
  }

  @Test
  void thePoliceReadThePageWithoutFormsAndAnotherKommunsStaffCannot() throws Exception {
    Hotspot h = newHotspot();
    mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(people.police(people.angelholm()))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(h.id())))
        .andExpect(content().string(not(containsString("/hotspots/" + h.id() + "/plats"))));
    mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(people.coordinator("1285"))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/hotspots").with(user(people.coordinator("1285"))))
        .andExpect(redirectedUrl("/admin/kommuner/1285/hotspots"));
  }

  @Test
  void theSuggestedNameNamesTheNearestPlaceOrElseTheHotspotAndIsNeverTaken() throws Exception {
    Hotspot h = newHotspot();
    Member coordinator = people.coordinator("1278");
    mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(coordinator)))
        .andExpect(content().string(containsString("value=\"Nedskräpning, hotspot " + h.id() + "\"")));
    // About 400 m north: near, but outside the hotspot's circle.
    String near = "Hållplats " + UUID.randomUUID();
    places.add(people.admin(), "1278", near, "POINT", h.lat() + 0.0036, h.lon());
    String page = mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(coordinator)))
        .andExpect(content().string(containsString("value=\"Nedskräpning vid " + near + "\"")))
        .andReturn().getResponse().getContentAsString();

    // A second littering hotspot 200 m north, nearest to the same place: it is offered its id, not the same name.
    Hotspot second = newHotspot(h.lat() + 0.0018, h.lon());
    page = mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(coordinator)))
        .andReturn().getResponse().getContentAsString();
    assertThat(page.split("value=\"Nedskräpning vid " + near + "\"", -1)).hasSize(2);
    assertThat(page).containsAnyOf("value=\"Nedskräpning, hotspot " + h.id() + "\"",
        "value=\"Nedskräpning, hotspot " + second.id() + "\"");

    // Once that name is a place, neither hotspot is offered it.
    mvc.perform(post("/admin/kommuner/1278/hotspots/" + second.id() + "/plats").with(user(coordinator)).with(csrf())
        .param("name", "Nedskräpning vid " + near)).andExpect(status().isFound());
    mvc.perform(get("/admin/kommuner/1278/hotspots").with(user(coordinator)))
        .andExpect(content().string(containsString("Finns som plats: Nedskräpning vid " + near)))
        .andExpect(content().string(not(containsString("value=\"Nedskräpning vid " + near + "\""))));
  }

  /** Three published littering reports within a few metres of a random point in Båstad, and their hotspot. */
  private Hotspot newHotspot() {
    double lat;
    double lon;
    do {
      lat = 56.36 + RANDOM.nextDouble() * 0.12;
      lon = 12.72 + RANDOM.nextDouble() * 0.30;
    } while (!geometry.contains("1278", lat, lon) || !geometry.contains("1278", lat + 0.0019, lon)
        || !geometry.contains("1278", lat + 0.0036, lon));
    return newHotspot(lat, lon);
  }

  private Hotspot newHotspot(double lat, double lon) {
    Member admin = people.admin();
    for (int i = 0; i < 3; i++) {
      long id = reports.submit(new NewPlaceReport("1278", "littering", "Skräp överallt", "EVENING",
          lat + i * 0.00005, lon, null, null, null, null, "TEST"));
      reports.moderate(admin, id, "PUBLISH", null, null);
    }
    // The middle report is at the true centre: the centre is rounded to about 11 m and the radius can be 10 m.
    double atLat = lat + 0.00005;
    double atLon = lon;
    return hotspots.in("1278", null, null, null).stream()
        .filter(h -> h.category().equals("littering") && h.covers(atLat, atLon)).findFirst().orElseThrow();
  }

  private static String body(String name) {
    return "{\"name\":\"" + name + "\"}";
  }
}
