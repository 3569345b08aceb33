package se.medborgarlofte.crimestats;

import java.util.Locale;
import java.util.Optional;

/** BRÅ publishes preliminary figures first and final ones later; a final figure supersedes the preliminary one. */
public enum FigureStatus {
  PRELIMINARY, FINAL;

  /** As files write it, in either language and any case: {@code preliminary}, {@code Preliminär}, {@code slutlig}. */
  public static Optional<FigureStatus> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "preliminary", "preliminär", "preliminära", "prel", "prel." -> Optional.of(PRELIMINARY);
      case "final", "slutlig", "slutliga", "slutgiltig" -> Optional.of(FINAL);
      default -> Optional.empty();
    };
  }
}
