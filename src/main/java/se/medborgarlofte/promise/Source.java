package se.medborgarlofte.promise;

import java.time.LocalDate;

/**
 * Where an archived promise was first published (a page on polisen.se or a kommun's site). A promise with a source is
 * published “from the source”: its signatures are the ones the source names, and it never claims to be signed here.
 */
public record Source(String url, String title, LocalDate publishedOn) {}
