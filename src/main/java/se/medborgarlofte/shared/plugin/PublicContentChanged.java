package se.medborgarlofte.shared.plugin;

/**
 * Published by a module after a change to content the public sees (a published promise, a place, an LPO link). The
 * public page cache forgets its pages when the publishing transaction commits; a change nobody sees in public (a
 * password, a draft) publishes nothing.
 *
 * @param what a short description for logs, e.g. {@code promise 3f2… published}
 */
public record PublicContentChanged(String what) {}
