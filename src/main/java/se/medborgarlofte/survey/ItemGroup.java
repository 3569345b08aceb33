package se.medborgarlofte.survey;

/** What an item asks about; the problem index is computed from the {@code PROBLEM} items. */
public enum ItemGroup {
  PROBLEM, SAFETY, VICTIM, TRUST, BACKGROUND
}
