/**
 * Printable documents for every module: one Thymeleaf template per document, rendered as XHTML and laid out by
 * openhtmltopdf into a tagged PDF (PDF/UA, PDF/A-3a) with the title and language in its metadata.
 */
@org.springframework.modulith.NamedInterface("pdf")
package se.medborgarlofte.shared.pdf;
