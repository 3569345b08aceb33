package se.medborgarlofte.promise.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.medborgarlofte.promise.PeriodPrecision;

/**
 * Writes a promise's period as precisely as the promise gives it: “2025-01-01 – 2025-12-31”, “maj 2024 – maj 2025”,
 * “2022–2024” (or “2024”), and “från undertecknandet” when it has no first day. Templates call it as
 * {@code @promisePeriods}.
 */
@Component("promisePeriods")
public class PromisePeriods {

  private final MessageSource messages;

  PromisePeriods(MessageSource messages) {
    this.messages = messages;
  }

  public String of(LocalDate from, LocalDate to, Object precision, Locale locale) {
    PeriodPrecision p = precision == null ? PeriodPrecision.DAY : PeriodPrecision.valueOf(precision.toString());
    if (from == null) {
      return messages.getMessage("promise.periodFromSigning", new Object[] {day(to, p, locale)}, locale);
    }
    if (p == PeriodPrecision.YEAR) {
      return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
    }
    return messages.getMessage("promise.periodValue", new Object[] {day(from, p, locale), day(to, p, locale)},
        locale);
  }

  static String day(LocalDate d, PeriodPrecision p, Locale locale) {
    return switch (p) {
      case YEAR -> String.valueOf(d.getYear());
      // "LLLL" is the month's name standing alone: "maj 2024", "May 2024".
      case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(d);
      case DAY -> d.toString();
    };
  }
}
