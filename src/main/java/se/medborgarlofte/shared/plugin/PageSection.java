package se.medborgarlofte.shared.plugin;

import java.util.Optional;

/**
 * A module's part of a composed public page (the kommun page, the promise page). Implemented by the module that owns
 * the content, in its own {@code web} package; the page that shows it knows only this interface.
 *
 * <p>The section's template holds a fragment {@code section(s)}; {@code s} is the section's own model (its
 * namespace), so two sections never overwrite each other's attributes.
 */
public interface PageSection {

  /** The pages that are composed of sections. */
  enum Page {
    /** {@code /kommuner/{code}}: the subject is the kommun code. */
    MUNICIPALITY,
    /** {@code /loften/{id}}: the subject is the promise id; the context also names the promise's kommun. */
    PROMISE,
    /**
     * {@code /loften/{id}.pdf}, the promise as a PDF: the subject and context as for {@link #PROMISE}. Its template
     * is rendered into a tagged PDF: plain XHTML, no forms or links that need a browser, pictures as {@code data:}
     * images with alt text, styles only from the PDF's stylesheets.
     */
    PROMISE_DOCUMENT
  }

  Page page();

  /** Position on the page, lowest first. Convention: the module's Flyway range base (promise 10, survey 20, …). */
  int order();

  /** The Thymeleaf template with a fragment {@code section(s)}, e.g. {@code promise/municipality-section}. */
  String template();

  /** What to show for this subject, or empty when the section has nothing to say (it is then left out). */
  Optional<SectionContent> content(PageContext context);
}
