package se.medborgarlofte.portal;

import java.util.Locale;
import org.springframework.ui.Model;

/**
 * A module's part of the public kommun page. Implementations live in the portal and read the module's public API,
 * so feature modules never depend on the portal.
 */
public interface MunicipalityPageSection {

  /** Adds what the section's template needs to the model. */
  void contribute(String municipalityCode, Model model, Locale locale);

  /** The Thymeleaf template holding a fragment named {@code section}, e.g. {@code promise/municipality-section}. */
  String template();
}
