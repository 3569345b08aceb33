package se.medborgarlofte.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.medborgarlofte.shared.plugin.ContentSource;

/** A tile URL template gives one bare origin for the CSP; anything else is refused at start-up. */
class MapTilesTests {

  @Test
  void theOriginOfATileTemplateIsItsSchemeHostAndPort() {
    assertThat(MapTiles.origin("https://minkarta.lantmateriet.se/map/topowebbcache?layer=topowebb&z={z}"))
        .isEqualTo("https://minkarta.lantmateriet.se");
    assertThat(MapTiles.origin("http://127.0.0.1:9/{z}/{x}/{y}.png")).isEqualTo("http://127.0.0.1:9");
    assertThat(new MapTiles("https://tiles.example.se/{z}/{x}/{y}.png", "").attribution())
        .isEqualTo("tiles.example.se");
    assertThat(new MapTiles("", "").enabled()).isFalse();
    assertThatThrownBy(() -> new MapTiles("tiles.example.se/{z}/{x}/{y}.png", ""))
        .hasMessageContaining("MEDBORGARLOFTE_MAP_TILES_URL");
    assertThatThrownBy(() -> MapTiles.origin("https://*.example.se/{z}/{x}/{y}.png"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aContentSourceIsOneBareOriginInImgSrcOrConnectSrcOnly() {
    assertThat(new ContentSource("img-src", "https://tiles.example.se").origin()).isEqualTo("https://tiles.example.se");
    assertThatThrownBy(() -> new ContentSource("script-src", "https://tiles.example.se"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContentSource("img-src", "https://tiles.example.se/path"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContentSource("img-src", "*")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContentSource("img-src", "https://a.se 'unsafe-inline'"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
