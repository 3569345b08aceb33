package se.medborgarlofte.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.medborgarlofte.shared.FieldErrors;

/**
 * How a contractor's answer file (one line per respondent) maps onto a template: which column names the area, and
 * for each mapped column its item and how its cells map to the item's options. Columns not named here (weights,
 * respondent ids, dates) are ignored.
 *
 * <p>A cell maps to an option by, in this order: the column's {@code values} table ({@code {'4': 'BIG'}}); the
 * option's code; the option's numeric value ('2' or '2,0' for value 2). A blank cell is no answer; a cell listed in
 * {@code dontKnow} (the column's or the mapping's, e.g. '9' or 'vet ej') is the item's 'don't know' option.
 *
 * @param areaColumn the column holding the round's area code or name; null: answers have no area
 * @param dontKnow cells meaning 'don't know' in every column
 * @param columns the mapped columns
 */
public record AnswerMapping(String areaColumn, List<String> dontKnow, List<Column> columns) {

  public AnswerMapping {
    dontKnow = dontKnow == null ? List.of() : List.copyOf(dontKnow);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** One mapped column. */
  public record Column(String column, String item, Map<String, String> values, List<String> dontKnow) {

    public Column {
      values = values == null ? Map.of() : Map.copyOf(values);
      dontKnow = dontKnow == null ? List.of() : List.copyOf(dontKnow);
    }
  }

  static final int MAX_NAME = 60;
  static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("^[\\p{L}0-9 _.-]{1,60}$");

  /** Checks the mapping against the items it may name; errors carry the JSON field path. */
  void check(Map<String, TemplateItem> items, FieldErrors errors) {
    if (areaColumn != null && areaColumn.isBlank()) {
      errors.add("areaColumn", "must name a column, or be left out when the file has no area");
    }
    if (columns.isEmpty()) {
      errors.add("columns", "map at least one column to an item");
    }
    Set<String> names = new HashSet<>();
    Set<String> mappedItems = new HashSet<>();
    if (areaColumn != null && !areaColumn.isBlank()) {
      names.add(key(areaColumn));
    }
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String at = "columns[" + i + "]";
      if (c == null) {
        errors.add(at, "is empty");
        continue;
      }
      if (c.column() == null || c.column().isBlank() || c.column().strip().length() > 200) {
        errors.add(at + ".column", "must name a column of the file (1–200 characters)");
      } else if (!names.add(key(c.column()))) {
        errors.add(at + ".column", "the column " + c.column().strip() + " is mapped twice");
      }
      TemplateItem item = c.item() == null ? null : items.get(c.item());
      if (item == null) {
        errors.add(at + ".item", "no survey item " + c.item());
        continue;
      }
      if (!mappedItems.add(item.code())) {
        errors.add(at + ".item", "the item " + item.code() + " is mapped from two columns");
      }
      c.values().forEach((cell, option) -> {
        if (item.option(option).isEmpty()) {
          errors.add(at + ".values." + cell, item.code() + " has no option " + option + ": its options are "
              + optionCodes(item));
        }
      });
    }
  }

  /** The mapping bound to its round's template (checked against it first). */
  Compiled compile(SurveyTemplate template) {
    return new Compiled(this, template);
  }

  static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  static String optionCodes(TemplateItem item) {
    return String.join(", ", item.options().stream().map(ItemOption::code).toList());
  }

  /** The mapping bound to a template: maps one column's cell to an option code, or says why it cannot. */
  static final class Compiled {

    private final Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    private final Map<String, TemplateItem> itemOf = new LinkedHashMap<>();

    Compiled(AnswerMapping mapping, SurveyTemplate template) {
      for (Column c : mapping.columns()) {
        TemplateItem item = template.item(c.item()).orElseThrow();
        Map<String, String> table = new LinkedHashMap<>();
        // Lowest precedence first, so the explicit table wins.
        for (ItemOption o : item.options()) {
          if (o.value() != null) {
            table.put(number(o.value()), o.code());
          }
        }
        for (ItemOption o : item.options()) {
          table.put(cellKey(o.code()), o.code());
        }
        String dontKnowOption = item.measured() ? item.options().stream().filter(o -> o.value() == null)
            .map(ItemOption::code).findFirst().orElse(null) : null;
        List<String> dontKnow = new ArrayList<>(mapping.dontKnow());
        dontKnow.addAll(c.dontKnow());
        for (String d : dontKnow) {
          // An item without a "don't know" option (or a background item) takes such a cell as no answer.
          table.put(cellKey(d), dontKnowOption == null ? "" : dontKnowOption);
        }
        c.values().forEach((cell, option) -> table.put(cellKey(cell), option));
        cells.put(key(c.column()), table);
        itemOf.put(key(c.column()), item);
      }
    }

    /** The option of a cell: '' for no answer, null when the cell is no option of the column's item. */
    String option(String column, String cell) {
      String c = cellKey(cell);
      if (c.isEmpty()) {
        return "";
      }
      String option = cells.get(column).get(c);
      if (option == null && c.indexOf(',') >= 0) {
        option = cells.get(column).get(c.replace(',', '.'));
      }
      if (option == null) {
        try {
          option = cells.get(column).get(number(Double.parseDouble(c.replace(',', '.'))));
        } catch (NumberFormatException e) {
          // not a number: not an option
        }
      }
      return option;
    }

    TemplateItem item(String column) {
      return itemOf.get(column);
    }

    java.util.Collection<String> columns() {
      return cells.keySet();
    }

    private static String cellKey(String cell) {
      return cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
    }

    private static String number(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
          : String.valueOf(value);
    }
  }
}
