package se.medborgarlofte.crimestats;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes a comparison as the sentence a promise quotes, in Swedish or English: "Preliminär statistik visar att
 * anmälda bostadsinbrott minskade med 18 % under kvartal 1–3 2016 jämfört med samma period 2015 (42 mot 51)."
 * Nothing is said when either side lacks a count: a sentence must rest on exact numbers.
 */
@Service
public class CrimeStatisticsSentences {

  private final CrimeStatistics statistics;
  private final CrimeTypes crimeTypes;
  private final MessageSource messages;

  CrimeStatisticsSentences(CrimeStatistics statistics, CrimeTypes crimeTypes, MessageSource messages) {
    this.statistics = statistics;
    this.crimeTypes = crimeTypes;
    this.messages = messages;
  }

  /** Quarters 1..through of the year against the year before; through 0 compares whole years. */
  public Optional<String> quartersToDate(String area, String crimeType, int year, int through, Locale locale) {
    Comparison c = statistics.compare(area, crimeType, year, through == 0 ? null : through, null);
    return sentence(c, crimeTypes.phrase(crimeType, locale), periodLabel(year, through, locale), locale);
  }

  /** The sentence for the latest quarters of the area's figures, if there are any to compare. */
  public Optional<String> latest(String area, String crimeType, Locale locale) {
    return statistics.latestQuarter(area, crimeType)
        .flatMap(q -> quartersToDate(area, crimeType, q.year(), q.number(), locale));
  }

  Optional<String> sentence(Comparison c, String phrase, String period, Locale locale) {
    if (c.change() == null) {
      return Optional.empty();
    }
    String opening = messages.getMessage(c.preliminary() ? "crimestats.sentence.preliminary"
        : "crimestats.sentence.final", null, locale);
    String current = String.valueOf(c.current().count());
    String previous = String.valueOf(c.previous().count());
    String previousYear = String.valueOf(c.previous().year());
    String key;
    String percent = "";
    if (c.change() == 0) {
      key = "crimestats.sentence.unchanged";
    } else if (c.changePercent() == null) {
      key = "crimestats.sentence.fromZero";
    } else {
      key = c.change() < 0 ? "crimestats.sentence.decreased" : "crimestats.sentence.increased";
      percent = c.changePercent().abs().setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
    return Optional.of(messages.getMessage(key,
        new Object[] {opening, phrase, percent, period, previousYear, current, previous}, locale));
  }

  String periodLabel(int year, int throughQuarter, Locale locale) {
    String y = String.valueOf(year);
    if (throughQuarter == 0) {
      return messages.getMessage("crimestats.period.year", new Object[] {y}, locale);
    }
    return throughQuarter == 1 ? messages.getMessage("crimestats.period.firstQuarter", new Object[] {y}, locale)
        : messages.getMessage("crimestats.period.quarters", new Object[] {String.valueOf(throughQuarter), y}, locale);
  }
}
