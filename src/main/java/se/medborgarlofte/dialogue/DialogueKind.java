package se.medborgarlofte.dialogue;

/** How citizens were heard: a meeting (medborgardialog), a safety walk (trygghetsvandring), or online. */
public enum DialogueKind {
  MEETING,
  SAFETY_WALK,
  ONLINE
}
