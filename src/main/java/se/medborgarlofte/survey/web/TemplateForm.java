package se.medborgarlofte.survey.web;

import java.util.ArrayList;
import java.util.List;
import se.medborgarlofte.survey.SurveyTemplate;
import se.medborgarlofte.survey.TemplateItem;
import se.medborgarlofte.survey.TemplateRequest;

/**
 * The template editor's form as typed: mutable beans because Spring binds the nested, growing lists
 * ({@code items[2].options[1].value}) into them, and those same paths are the field names the template validation
 * reports, so each error lands beside its field.
 */
public class TemplateForm {

  private String name = "";
  private List<ItemForm> items = new ArrayList<>();

  /** The form for a new version, filled from {@code template}. */
  static TemplateForm of(SurveyTemplate template) {
    TemplateForm form = new TemplateForm();
    form.name = template.name();
    for (TemplateItem item : template.items()) {
      ItemForm f = new ItemForm();
      f.code = item.code();
      f.group = item.group().name();
      f.textSv = item.textSv();
      f.textEn = item.textEn();
      f.type = item.type().name();
      f.category = item.category() == null ? "" : item.category();
      item.options().forEach(o -> {
        OptionForm of = new OptionForm();
        of.code = o.code();
        of.labelSv = o.labelSv();
        of.labelEn = o.labelEn();
        of.value = o.value() == null ? "" : FormatValue.of(o.value());
        of.topBox = item.topBox().contains(o.code());
        f.options.add(of);
      });
      form.items.add(f);
    }
    return form;
  }

  /**
   * What the API would send. A value that is not a number is passed on as NaN so that the template validation, the
   * one place that judges values, refuses it with its own message at its own field.
   */
  TemplateRequest toRequest(String code) {
    List<TemplateRequest.Item> list = new ArrayList<>();
    for (ItemForm item : items) {
      List<TemplateRequest.Option> options = new ArrayList<>();
      List<String> topBox = new ArrayList<>();
      for (OptionForm o : item.options) {
        options.add(new TemplateRequest.Option(blankToNull(o.code), o.labelSv, o.labelEn, value(o.value)));
        if (o.topBox && o.code != null) {
          topBox.add(o.code.strip());
        }
      }
      list.add(new TemplateRequest.Item(blankToNull(item.code), item.group, item.textSv, item.textEn, item.type,
          blankToNull(item.category), options, topBox));
    }
    return new TemplateRequest(code, name, list);
  }

  private static Double value(String text) {
    if (text == null || text.isBlank()) {
      return null; // "don't know"
    }
    try {
      return Double.valueOf(text.strip().replace(',', '.')); // a Swedish decimal comma is accepted
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Applies one of the editor's buttons other than save: {@code addItem}, {@code removeItem:2}, ... */
  void apply(String action) {
    String[] parts = action.split(":");
    try {
      switch (parts[0]) {
        case "addItem" -> items.add(ItemForm.empty());
        case "removeItem" -> items.remove(Integer.parseInt(parts[1]));
        case "addOption" -> items.get(Integer.parseInt(parts[1])).options.add(new OptionForm());
        case "removeOption" -> items.get(Integer.parseInt(parts[1])).options.remove(Integer.parseInt(parts[2]));
        default -> { }
      }
    } catch (RuntimeException e) {
      // A stale or forged button (an index that is no longer there) changes nothing; the form is shown again.
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<ItemForm> getItems() {
    return items;
  }

  public void setItems(List<ItemForm> items) {
    this.items = items;
  }

  /** One item as typed. */
  public static class ItemForm {
    private String code = "";
    private String group = "PROBLEM";
    private String textSv = "";
    private String textEn = "";
    private String type = "SCALE";
    private String category = "";
    private List<OptionForm> options = new ArrayList<>();

    /** A new item starts with two empty options, the fewest an item may have. */
    static ItemForm empty() {
      ItemForm f = new ItemForm();
      f.options.add(new OptionForm());
      f.options.add(new OptionForm());
      return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getTextSv() { return textSv; }
    public void setTextSv(String textSv) { this.textSv = textSv; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public List<OptionForm> getOptions() { return options; }
    public void setOptions(List<OptionForm> options) { this.options = options; }
  }

  /** One option as typed; an empty value is "don't know". */
  public static class OptionForm {
    private String code = "";
    private String labelSv = "";
    private String labelEn = "";
    private String value = "";
    private boolean topBox;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabelSv() { return labelSv; }
    public void setLabelSv(String labelSv) { this.labelSv = labelSv; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public boolean isTopBox() { return topBox; }
    public void setTopBox(boolean topBox) { this.topBox = topBox; }
  }

  /** Values as a person writes them: 1 rather than 1.0. */
  static final class FormatValue {
    private FormatValue() {}

    static String of(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }
  }
}
