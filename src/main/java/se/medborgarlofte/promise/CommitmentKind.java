package se.medborgarlofte.promise;

/**
 * What a commitment really undertakes. Pages show it, so that “se över möjligheten” never reads as a promise to do.
 */
public enum CommitmentKind {
  /** A promise to do it. */
  PROMISE,
  /** To look into whether it can be done (“se över möjligheten”). */
  INVESTIGATE,
  /** Only when needed (“vid behov”). */
  CONDITIONAL,
  /** Backing another party's commitment (“staden stödjer polisens löfte”). */
  SUPPORT,
  /** Work already going on, listed beside the promises. */
  ONGOING
}
