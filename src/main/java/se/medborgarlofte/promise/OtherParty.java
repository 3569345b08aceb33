package se.medborgarlofte.promise;

/**
 * A party beside the kommun and the police, as written in the promise: its key (lower-case ASCII letters, digits and
 * {@code -}, unique in the promise, used in commitment owners and signatures), its name and its kind. Third parties
 * have no accounts here, so their signatures are recorded by the promise's own coordinators and police.
 */
public record OtherParty(String key, String name, PartyKind kind) {}
