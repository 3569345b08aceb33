package se.medborgarlofte.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.support.IntegrationTest;

@IntegrationTest
class PublicPagesIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void aNewcomerFindsBastadInSkaneAndPoliceRegionSyd() throws Exception {
    mvc.perform(get("/").param("q", "Båstad")).andExpect(redirectedUrl("/kommuner/1278"));
    mvc.perform(get("/kommuner/1278"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>Båstad</h1>"), containsString("Skåne län"),
            containsString("Polisregion Syd"), containsString("Lokalpolisområde Ängelholm"),
            containsString("15 984"), containsString("<svg"))));
  }

  @Test
  void searchListsSeveralMatchesAndSaysWhenThereIsNone() throws Exception {
    mvc.perform(get("/").param("q", "hö"))
        .andExpect(content().string(allOf(containsString("Höganäs"), containsString("Höör"))));
    mvc.perform(get("/").param("q", "Xyzzy")).andExpect(content().string(containsString("Ingen kommun matchar")));
  }

  @Test
  void countiesAndTheMapListEveryKommun() throws Exception {
    mvc.perform(get("/lan/12")).andExpect(content().string(allOf(containsString("Båstad"), containsString("Malmö"))));
    mvc.perform(get("/karta")).andExpect(content().string(allOf(containsString("href=\"/kommuner/2584\""),
        containsString("region-Nord"))));
  }

  @Test
  void englishIsAvailableAndRemembered() throws Exception {
    var result = mvc.perform(get("/kommuner/1278").param("lang", "en"))
        .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Police region Syd"),
            containsString("Local police area Ängelholm"), containsString("href=\"/kommuner/1278?lang=sv\""))))
        .andExpect(cookie().value("lang", "en"))
        .andReturn();
    Cookie lang = result.getResponse().getCookie("lang");
    mvc.perform(get("/").cookie(lang)).andExpect(content().string(containsString("Find a municipality")));
    mvc.perform(get("/")).andExpect(content().string(containsString("Sök kommun")));
  }

  @Test
  void unknownPagesGetAStyledBilingual404WithoutAStackTrace() throws Exception {
    mvc.perform(get("/kommuner/9999")).andExpect(status().isNotFound())
        .andExpect(content().string(allOf(containsString("Sidan finns inte"), containsString("site.css"),
            not(containsString("Exception")))));
    mvc.perform(get("/kommuner/9999").param("lang", "en")).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Page not found")));
    mvc.perform(get("/no/such/page")).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Sidan finns inte")));
  }

  @Test
  void withoutDemoDataNoPageCarriesTheDemoBanner(@Autowired org.springframework.context.ApplicationContext context)
      throws Exception {
    org.assertj.core.api.Assertions.assertThat(context.getBeansOfType(se.medborgarlofte.shared.plugin.DemoLoader.class))
        .isEmpty();
    mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("demo-banner"))));
  }

  @Test
  void theApiAnswersProblemJson() throws Exception {
    mvc.perform(get("/api/v1/municipalities/9999")).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404)).andExpect(jsonPath("$.detail").exists());
    // No module declared this path, so it is refused before anything looks for it.
    mvc.perform(get("/api/v1/nothing-here")).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/municipalities")).andExpect(jsonPath("$.length()").value(290))
        .andExpect(jsonPath("$[0].code").value("0114"))
        .andExpect(jsonPath("$[0].populationDate").value("2024-11-01"));
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    // Twice each: the second answer of a public page comes from the page cache and must carry them too.
    for (String url : new String[] {"/", "/kommuner/1278", "/api/v1/municipalities/1278", "/login", "/",
        "/kommuner/1278"}) {
      mvc.perform(get(url))
          .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
              containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
          .andExpect(header().string("X-Frame-Options", "DENY"));
    }
  }

  @Test
  void publicPagesNeedNoSessionAndNoScript() throws Exception {
    mvc.perform(get("/kommuner/1278"))
        .andExpect(header().doesNotExist("Set-Cookie"))
        .andExpect(content().string(allOf(not(containsString("<script")), containsString("class=\"skip-link\""),
            containsString("<main id=\"main\""))));
  }

  @Autowired se.medborgarlofte.organisation.Places places;
  @Autowired se.medborgarlofte.support.People people;

  @Test
  void publicPagesCarryAStrongEtagAnswer304AndChangeAsSoonAsTheDataChanges() throws Exception {
    String etag = mvc.perform(get("/kommuner/1273")).andExpect(status().isOk())
        .andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{32}\"")))
        .andReturn().getResponse().getHeader("ETag");
    mvc.perform(get("/kommuner/1273")).andExpect(header().string("ETag", etag));
    mvc.perform(get("/kommuner/1273").header("If-None-Match", etag)).andExpect(status().isNotModified())
        .andExpect(content().string(""));
    String name = "Cachetest " + System.nanoTime() % 100000;
    places.add(people.coordinator("1273"), "1273", name, "TOWN", null, null);
    mvc.perform(get("/kommuner/1273").header("If-None-Match", etag)).andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
    mvc.perform(get("/kommuner/1273").param("lang", "en")).andExpect(content().string(containsString("Places in")));
  }

  @Test
  void openApiAndHealthAndMetricsAreServed() throws Exception {
    String openApi = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("/api/v1/municipalities"),
            containsString("/api/v1/local-police-areas/{id}/municipalities/{code}"),
            containsString("/api/v1/problem-categories"))))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    // Kept in docs/ so the API can be read without running the app (like the module diagrams).
    java.nio.file.Files.writeString(java.nio.file.Path.of("docs/openapi.json"), openApi);
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
    // Metrics are for operators: anonymous callers are refused (HardeningIntegrationTests signs in as an admin).
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
  }
}
