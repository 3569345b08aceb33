package se.medborgarlofte.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;

/** Without MEDBORGARLOFTE_MAP_TILES_URL: the report form's map is the server's SVG and the CSP names no outside host. */
@IntegrationTest
class NoMapTilesIntegrationTests {

  static final String HOUSE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Autowired MockMvc mvc;

  @Test
  void theFormLoadsNothingFromOutsideAndTheCspIsTheHousesOwn() throws Exception {
    var response = mvc.perform(get("/kommuner/1278/rapportera")).andExpect(status().isOk()).andReturn()
        .getResponse();
    assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(HOUSE_CSP);
    assertThat(response.getContentAsString()).contains("<svg").doesNotContain("data-tiles").doesNotContain("leaflet");
  }
}
