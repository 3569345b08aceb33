package se.medborgarlofte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.People;

/** What probes of the running app found (issue 7), each answered. */
@IntegrationTest
class HardeningIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired PublicPageCache cache;

  @Test
  void anUnknownLanguageIsSwedishAndNeverAnError() throws Exception {
    for (String path : new String[] {"/kommuner/1278", "/karta", "/loften.atom", "/"}) {
      MockHttpServletResponse r = mvc.perform(get(path).param("lang", "de")).andReturn().getResponse();
      assertThat(r.getStatus()).as(path).isEqualTo(200);
    }
    String page = mvc.perform(get("/kommuner/1278").cookie(new Cookie("lang", "xqc"))).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("lang=\"sv\"", "Kommunkod");
    String english = mvc.perform(get("/om").header("Accept-Language", "en-GB,en;q=0.8")).andReturn().getResponse()
        .getContentAsString();
    assertThat(english).contains("lang=\"en\"");
  }

  @Test
  void aMalformedLanguageCookieOrParameterIsSwedishNotAnError() throws Exception {
    for (String lang : new String[] {"<script>", "sv_SE_x_y_z", "%00", "a b"}) {
      MockHttpServletResponse r = mvc.perform(get("/kommuner/1278").cookie(new Cookie("lang", lang))).andReturn()
          .getResponse();
      assertThat(r.getStatus()).as("cookie lang=%s", lang).isEqualTo(200);
      assertThat(r.getContentAsString()).contains("lang=\"sv\"");
      r = mvc.perform(get("/kommuner/1278").param("lang", lang)).andReturn().getResponse();
      assertThat(r.getStatus()).as("?lang=%s", lang).isEqualTo(200);
    }
  }

  @Test
  void oddLanguageCookiesDoNotGrowThePageCache() throws Exception {
    mvc.perform(get("/karta"));
    long before = cache.size();
    for (String lang : new String[] {"xqc", "de", "fr-CA", "zz", "en-US", "sv-FI"}) {
      mvc.perform(get("/karta").cookie(new Cookie("lang", lang)));
    }
    cache.cleanUp();
    assertThat(cache.size()).as("at most the sv and en copies of /karta are added").isLessThanOrEqualTo(before + 1);
  }

  @Test
  void feedLinksComeFromTheConfiguredBaseUrlNotTheHostHeader() throws Exception {
    String feed = mvc.perform(get("/loften.atom").header("Host", "evil.example")).andReturn().getResponse()
        .getContentAsString();
    assertThat(feed).doesNotContain("evil.example").contains("<link rel=\"self\" href=\"http://localhost:");
  }

  @Test
  void metricsAreForAdminsAndHealthIsPublic() throws Exception {
    assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
    Member coordinator = people.coordinator("1278");
    assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(coordinator.getUsername(), People.PASSWORD)))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    Member admin = people.admin();
    MockHttpServletResponse metrics = mvc.perform(get("/actuator/prometheus")
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andReturn().getResponse();
    assertThat(metrics.getStatus()).isEqualTo(200);
    assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
        .contains("\"status\":\"UP\"");
  }

  @Test
  void aHugeBodyIsRefusedWith413BeforeItIsParsed() throws Exception {
    Member admin = people.admin();
    String huge = "{\"name\":\"" + "x".repeat(1_000_000) + "\",\"policeRegion\":\"Syd\"}";
    MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/api/v1/local-police-areas").contentType("application/json").content(huge)
        .with(httpBasic(admin.getUsername(), People.PASSWORD))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(413);
    assertThat(r.getContentType()).startsWith("application/problem+json");
    assertThat(r.getContentAsString()).contains("\"field\":\"body\"");
  }

  @Test
  void anUploadOverTheHouseLimitIs413WhereNoModuleDeclaredALargerOne() throws Exception {
    byte[] big = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/api/v1/local-police-areas/import").contentType("text/csv").content(big)
        .with(httpBasic(people.admin().getUsername(), People.PASSWORD))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(413);
  }

  @Test
  void aControlCharacterInAFormFieldIsRefusedNamingTheField() throws Exception {
    MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/admin/kommuner/1278/platser").contentType("application/x-www-form-urlencoded")
        .param("name", "Torg\u0000et").param("kind", "TOWN")
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
            people.coordinator("1278")))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentAsString()).contains("name");
    assertThat(mvc.perform(get("/loften").param("q", "a\u0000b")).andReturn().getResponse().getStatus())
        .isEqualTo(400);
  }
}
