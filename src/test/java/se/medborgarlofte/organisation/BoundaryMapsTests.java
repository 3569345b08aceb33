package se.medborgarlofte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BoundaryMapsTests {

  final BoundaryMaps maps = new BoundaryMaps(JsonMapper.builder().build());

  @Test
  void drawsTheKommunHighlightedWithATitle() {
    String svg = maps.municipality("1278", "Karta över Båstad");
    assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title id=\"map-1278-title\">Karta över Båstad</title>")
        .contains("class=\"this\"").contains("role=\"img\"");
  }

  @Test
  void anUnknownKommunHasNoMap() {
    assertThat(maps.municipality("9999", "x")).isEmpty();
    assertThat(maps.has("9999")).isFalse();
  }

  @Test
  void theNationalMapLinksAll290KommunerAndStaysSmall() {
    String svg = maps.national(code -> "Syd", "Sverige");
    assertThat(svg.split("<a href=\"/kommuner/").length - 1).isEqualTo(290);
    assertThat(svg).contains("aria-label=\"Båstad\"").contains("<title>Båstad</title>");
    assertThat(svg.length()).isLessThan(400_000);
  }
}
