package se.medborgarlofte.dialogue;

import java.util.Map;

/**
 * Who took part: the total, and where counted, by gender ({@code WOMEN}, {@code MEN}, {@code OTHER}) and by age band
 * ({@code 0-17}, {@code 18-29}, {@code 30-49}, {@code 50-64}, {@code 65+}), since BRÅ asks for the gender lens.
 */
public record Participants(Integer total, Map<String, Integer> byGender, Map<String, Integer> byAgeBand) {

  public static final java.util.List<String> GENDERS = java.util.List.of("WOMEN", "MEN", "OTHER");
  public static final java.util.List<String> AGE_BANDS = java.util.List.of("0-17", "18-29", "30-49", "50-64", "65+");
}
