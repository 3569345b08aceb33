package se.medborgarlofte.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;

/**
 * With MEDBORGARLOFTE_MAP_TILES_URL set: the report form offers Leaflet (from our own origin) over those tiles, and
 * the CSP allows images from that one origin, in img-src only; every other directive stays the house's.
 */
@IntegrationTest
@TestPropertySource(properties = {"medborgarlofte.map.tiles-url=https://tiles.example.test/topo/{z}/{x}/{y}.png",
    "medborgarlofte.map.tiles-attribution=© Exempelkartan"})
class MapTilesIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void theCspAllowsTheTileOriginInImgSrcOnlyAndTheFormOffersLeaflet() throws Exception {
    var response = mvc.perform(get("/kommuner/1278/rapportera")).andExpect(status().isOk()).andReturn()
        .getResponse();
    assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(NoMapTilesIntegrationTests.HOUSE_CSP
        .replace("img-src 'self' data:;", "img-src 'self' data: https://tiles.example.test;"));
    String page = response.getContentAsString();
    assertThat(page).contains("data-tiles=\"https://tiles.example.test/topo/{z}/{x}/{y}.png\"",
        "data-attribution=\"© Exempelkartan\"", "src=\"/vendor/leaflet-1.9.4/leaflet.js\"",
        "href=\"/vendor/leaflet-1.9.4/leaflet.css\"")
        // Without JavaScript the SVG map and the typed coordinates still work.
        .contains("<svg", "id=\"lat\"");
    // Other pages carry the same policy: the origin is the one configured, nothing wider.
    assertThat(mvc.perform(get("/kommuner/1278")).andReturn().getResponse().getHeader("Content-Security-Policy"))
        .contains("img-src 'self' data: https://tiles.example.test;").doesNotContain("*");
    mvc.perform(get("/vendor/leaflet-1.9.4/leaflet.js")).andExpect(status().isOk());
  }
}
