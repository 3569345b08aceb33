package se.medborgarlofte.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One question of a template. Options are ordered from low to high; {@code topBox} names the options that count as
 * "a big problem", "worried" or "yes".
 */
public record TemplateItem(String code, ItemGroup group, String textSv, String textEn, ItemType type, String category,
    List<ItemOption> options, List<String> topBox) {

  public TemplateItem {
    options = options == null ? List.of() : List.copyOf(options);
    topBox = topBox == null ? List.of() : List.copyOf(topBox);
  }

  public Optional<ItemOption> option(String optionCode) {
    for (ItemOption o : options) { // a loop, not a stream: called for every answer of every response
      if (o.code().equals(optionCode)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The number (1-based) of the option with this code, or 0: what an answer stores for the option. */
  public int number(String optionCode) {
    for (int k = 0; k < options.size(); k++) {
      if (options.get(k).code().equals(optionCode)) {
        return k + 1;
      }
    }
    return 0;
  }

  public String text(Locale locale) {
    return "en".equals(locale.getLanguage()) ? textEn : textSv;
  }

  /** Items with no numeric option (age band, gender) describe respondents and get no mean or share. */
  public boolean measured() {
    return group != ItemGroup.BACKGROUND && options.stream().anyMatch(o -> o.value() != null);
  }
}
