package se.medborgarlofte.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A fingerprint of the stylesheets, computed once at start, so pages link {@code /css/site.css?v=…} and browsers can
 * cache the files for a week yet see a new version at once.
 */
@ControllerAdvice
class Assets {

  private final String version = fingerprint("static/css/site.css", "static/css/promise.css");

  @ModelAttribute("assetVersion")
  String assetVersion() {
    return version;
  }

  static String fingerprint(String... resources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String resource : resources) {
        ClassPathResource file = new ClassPathResource(resource);
        if (file.exists()) {
          try (InputStream in = file.getInputStream()) {
            digest.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
