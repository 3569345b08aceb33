package se.medborgarlofte.followup.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.medborgarlofte.followup.ActivityInput;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.forms.FormFields;

/**
 * The activity form as typed. Counts are one per line, {@code name = number} ("vehiclesChecked = 40"), since a
 * form has no map; everything unreadable is named with its field, and the service checks the rest exactly as it
 * does for the API.
 */
record ActivityForm(String commitment, String type, String date, String party, String place, String lat, String lon,
    String hoursSpent, String counts, String note) {

  static ActivityForm empty() {
    return new ActivityForm(null, null, null, null, null, null, null, null, null, null);
  }

  UUID commitmentId() {
    try {
      return commitment == null || commitment.isBlank() ? null : UUID.fromString(commitment.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  ActivityInput read() {
    FormFields fields = new FormFields();
    ActivityInput input = new ActivityInput(blank(type), fields.date("date", date), blank(party), blank(place),
        decimal(fields.number("lat", lat)), decimal(fields.number("lon", lon)), readCounts(),
        decimal(fields.number("hoursSpent", hoursSpent)), blank(note));
    fields.check();
    return input;
  }

  private Map<String, BigDecimal> readCounts() {
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    if (counts == null || counts.isBlank()) {
      return read;
    }
    FieldErrors errors = new FieldErrors();
    for (String line : counts.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("[=:]", 2);
      try {
        if (parts.length != 2 || parts[0].isBlank()) {
          throw new NumberFormatException();
        }
        read.put(parts[0].strip(), new BigDecimal(parts[1].strip().replace(',', '.')));
      } catch (NumberFormatException e) {
        errors.add("counts", "'" + line.strip() + "' is not a count: write name = number, one a line");
      }
    }
    errors.throwIfAny();
    return read;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static BigDecimal decimal(Double d) {
    return d == null ? null : BigDecimal.valueOf(d);
  }
}
