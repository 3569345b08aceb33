package se.medborgarlofte.survey;

import java.util.List;

/** A template as the API and the admin form send it; read into {@link TemplateItem}s by {@link SurveyTemplates}. */
public record TemplateRequest(String code, String name, List<Item> items) {

  public record Item(String code, String group, String textSv, String textEn, String type, String category,
      List<Option> options, List<String> topBox) {}

  public record Option(String code, String labelSv, String labelEn, Double value) {}
}
