package se.medborgarlofte.survey;

/** How an item is answered. */
public enum ItemType {
  SCALE, YES_NO, CHOICE
}
