package se.medborgarlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.medborgarlofte.promise.PromiseRequests.OtherPartyInput;
import se.medborgarlofte.promise.PromiseRequests.QuantityInput;
import se.medborgarlofte.promise.PromiseRequests.SourceInput;
import se.medborgarlofte.shared.FieldErrors;

/**
 * The parts of a request that need nothing but themselves to be checked: third parties, a source, a quantified
 * target, lengths. Each notes its problems in the caller's {@link FieldErrors}, so a form shows them all at once.
 */
final class PromiseInputs {

  static final int LIST_MAX = PromiseValidation.LIST_MAX;
  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{3,1000}");

  private PromiseInputs() {}

  static List<OtherParty> otherParties(List<OtherPartyInput> input, FieldErrors errors) {
    List<OtherParty> out = new ArrayList<>();
    if (input == null) {
      return out;
    }
    if (input.size() > LIST_MAX) {
      errors.add("otherParties", "at most " + LIST_MAX + " other parties");
    }
    Set<String> keys = new HashSet<>();
    for (OtherPartyInput o : input) {
      if (o == null) {
        errors.add("otherParties", "a party may not be null");
        continue;
      }
      if (o.key() == null || !KEY.matcher(o.key()).matches()) {
        errors.add("otherParties.key", "'" + o.key() + "' is not a key: use 1–40 lower-case ASCII letters, digits "
            + "and -");
      } else if (!keys.add(o.key())) {
        errors.add("otherParties.key", "'" + o.key() + "' is used twice: a key is unique in the promise");
      }
      length(errors, "otherParties.name", o.name(), 1, 200);
      if (o.kind() == null || !o.kind().isThirdParty()) {
        errors.add("otherParties.kind", "'" + o.kind() + "' is not a third party's kind: AGENCY, COMPANY, "
            + "ASSOCIATION or OTHER");
      }
      if (o.key() != null && o.name() != null && o.kind() != null) {
        out.add(new OtherParty(o.key(), o.name().strip(), o.kind()));
      }
    }
    return out;
  }

  static Source source(SourceInput s, FieldErrors errors) {
    if (s == null) {
      return null;
    }
    if (s.url() == null || !URL.matcher(s.url().strip()).matches()) {
      errors.add("source.url", "must be an http or https address");
    }
    length(errors, "source.title", s.title(), 1, 300);
    if (s.publishedOn() != null && s.publishedOn().isAfter(LocalDate.now())) {
      errors.add("source.publishedOn", "cannot be in the future");
    }
    return s.url() == null || s.title() == null ? null
        : new Source(s.url().strip(), s.title().strip(), s.publishedOn());
  }

  static Quantity quantity(QuantityInput q, FieldErrors errors) {
    if (q == null) {
      return null;
    }
    if (q.atLeast() == null || q.atLeast().signum() <= 0 || q.atLeast().compareTo(new BigDecimal("1000000000")) > 0
        || q.atLeast().stripTrailingZeros().scale() > 2) {
      errors.add("quantity.atLeast", "must be a number above 0 (at most two decimals), e.g. 6");
    }
    length(errors, "quantity.unit", q.unit(), 1, 60);
    if (q.per() == null) {
      errors.add("quantity.per", "is required: PERIOD, YEAR, MONTH or WEEK");
    }
    return q.atLeast() == null || q.unit() == null || q.per() == null ? null
        : new Quantity(q.atLeast().stripTrailingZeros(), q.unit().strip(), q.per());
  }

  static void length(FieldErrors errors, String field, String value, int min, int max) {
    int n = value == null ? 0 : value.strip().length();
    if (n < min) {
      errors.add(field, "is required");
    } else if (n > max) {
      errors.add(field, "must be at most " + max + " characters");
    }
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
