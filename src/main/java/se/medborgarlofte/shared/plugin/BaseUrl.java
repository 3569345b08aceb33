package se.medborgarlofte.shared.plugin;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address of the site ({@code MEDBORGARLOFTE_BASE_URL}), for every absolute link the app writes: feeds,
 * e-mails, PDFs. Never taken from the request's Host header, which any client can set (and a cached feed would then
 * point every reader at the attacker's host).
 */
@Component
public class BaseUrl {

  private final String base;

  BaseUrl(@Value("${medborgarlofte.base-url:http://localhost:8080}") String configured) {
    URI uri = URI.create(configured.strip());
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalStateException("MEDBORGARLOFTE_BASE_URL must be an http(s) address, not " + configured);
    }
    this.base = configured.strip().replaceAll("/+$", "");
  }

  /** The absolute address of a path, e.g. {@code of("/loften.atom")}. */
  public String of(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
