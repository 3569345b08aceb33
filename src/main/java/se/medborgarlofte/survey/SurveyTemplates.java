package se.medborgarlofte.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medborgarlofte.organisation.Member;
import se.medborgarlofte.shared.AuditTrail;
import se.medborgarlofte.shared.ConflictException;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.NotFoundException;
import se.medborgarlofte.shared.ProblemCategories;

/**
 * Questionnaire templates: admins add them (a code already in use gets the next version) and edit them until a
 * round of them is opened; then they are frozen, because every answer refers to their item and option codes and
 * values (freezing at opening, not at the first answer, also lets a node keep an open round's template in memory).
 */
@Service
public class SurveyTemplates {

  static final int MAX_OPTIONS = 255;

  static final Pattern TEMPLATE_CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
  static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");

  private final TemplateRepository templates;
  private final ProblemCategories categories;
  private final AuditTrail audit;

  SurveyTemplates(TemplateRepository templates, ProblemCategories categories, AuditTrail audit) {
    this.templates = templates;
    this.categories = categories;
    this.audit = audit;
  }

  public SurveyTemplate get(long id) {
    return templates.find(id).orElseThrow(() -> new NotFoundException("no survey template " + id));
  }

  public List<SurveyTemplate> all() {
    return templates.all();
  }

  /** The shipped standard template (migration V21), the one demo rounds use. */
  public SurveyTemplate standard() {
    return templates.all().stream().filter(t -> t.code().equals("standard")).findFirst().orElseThrow();
  }

  @Transactional
  public SurveyTemplate create(Member by, TemplateRequest request) {
    SurveyPermissions.requireManage(by);
    List<TemplateItem> items = read(request, true);
    int version = templates.latestVersion(request.code()) + 1;
    long id = templates.insert(request.code(), version, request.name().strip(), items);
    SurveyTemplate created = get(id);
    audit.record("SURVEY_TEMPLATE_CREATED", "SurveyTemplate", id, null, created);
    return created;
  }

  @Transactional
  public SurveyTemplate update(Member by, long id, TemplateRequest request) {
    SurveyPermissions.requireManage(by);
    SurveyTemplate before = get(id);
    if (before.frozen()) {
      throw new ConflictException("template " + id + " is used by an opened round and is frozen: add a new version instead", id);
    }
    List<TemplateItem> items = read(request, false);
    templates.update(id, request.name().strip(), items);
    SurveyTemplate after = get(id);
    audit.record("SURVEY_TEMPLATE_UPDATED", "SurveyTemplate", id, before, after);
    return after;
  }

  /** Every problem of the request at once, each naming its item ({@code items[3].options[1].code}). */
  List<TemplateItem> read(TemplateRequest request, boolean checkCode) {
    FieldErrors errors = new FieldErrors();
    if (checkCode && (request.code() == null || !TEMPLATE_CODE.matcher(request.code()).matches())) {
      errors.add("code", "must be 1–40 lower-case letters, digits or '-'");
    }
    if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 200) {
      errors.add("name", "must be 1–200 characters");
    }
    if (request.items() == null || request.items().isEmpty()) {
      errors.add("items", "a template needs at least one item");
      errors.throwIfAny();
    }
    List<TemplateItem> items = new ArrayList<>();
    Set<String> itemCodes = new HashSet<>();
    Set<String> categoryCodes = new HashSet<>();
    for (int i = 0; i < request.items().size(); i++) {
      TemplateRequest.Item item = request.items().get(i);
      String at = "items[" + i + "]";
      if (item == null) {
        errors.add(at, "is empty");
        continue;
      }
      if (item.code() == null || !CODE.matcher(item.code()).matches()) {
        errors.add(at + ".code", "must be 1–40 letters, digits, '_' or '-'");
      } else if (!itemCodes.add(item.code())) {
        errors.add(at + ".code", "the code " + item.code() + " is used twice");
      }
      ItemGroup group = parse(ItemGroup.class, item.group(), at + ".group", errors);
      ItemType type = parse(ItemType.class, item.type(), at + ".type", errors);
      if (blank(item.textSv()) || item.textSv().length() > 500) {
        errors.add(at + ".textSv", "must be 1–500 characters");
      }
      if (blank(item.textEn()) || item.textEn().length() > 500) {
        errors.add(at + ".textEn", "must be 1–500 characters");
      }
      if (item.category() != null && !item.category().isBlank()) {
        categoryCodes.add(item.category());
      }
      List<ItemOption> options = readOptions(item, at, errors);
      List<String> topBox = item.topBox() == null ? List.of() : item.topBox();
      for (String code : topBox) {
        var option = options.stream().filter(o -> o.code().equals(code)).findFirst();
        if (option.isEmpty()) {
          errors.add(at + ".topBox", "names no option of the item: " + code);
        } else if (option.get().value() == null) {
          errors.add(at + ".topBox", "a \"don't know\" option cannot be in the top box: " + code);
        }
      }
      items.add(new TemplateItem(item.code(), group, strip(item.textSv()), strip(item.textEn()), type,
          blank(item.category()) ? null : item.category(), options, topBox));
    }
    errors.throwIfAny();
    categories.requireKnown("category", categoryCodes);
    return items;
  }

  private static List<ItemOption> readOptions(TemplateRequest.Item item, String at, FieldErrors errors) {
    List<ItemOption> options = new ArrayList<>();
    if (item.options() == null || item.options().size() < 2) {
      errors.add(at + ".options", "an item needs at least two options");
      return options;
    }
    if (item.options().size() > MAX_OPTIONS) {
      // An answer is stored as the option's number in one byte (AnswerCodes).
      errors.add(at + ".options", "an item has at most " + MAX_OPTIONS + " options, not " + item.options().size());
      return options;
    }
    Set<String> codes = new HashSet<>();
    for (int j = 0; j < item.options().size(); j++) {
      TemplateRequest.Option o = item.options().get(j);
      String oat = at + ".options[" + j + "]";
      if (o == null) {
        errors.add(oat, "is empty");
        continue;
      }
      if (o.code() == null || !CODE.matcher(o.code()).matches()) {
        errors.add(oat + ".code", "must be 1–40 letters, digits, '_' or '-'");
      } else if (!codes.add(o.code())) {
        errors.add(oat + ".code", "the code " + o.code() + " is used twice");
      }
      if (blank(o.labelSv()) || blank(o.labelEn())) {
        errors.add(oat + ".labelSv", "both labels (labelSv, labelEn) are needed");
      }
      if (o.value() != null && (o.value().isNaN() || o.value().isInfinite() || Math.abs(o.value()) > 1000)) {
        errors.add(oat + ".value", "must be a number between -1000 and 1000, or null for \"don't know\"");
      }
      options.add(new ItemOption(o.code(), strip(o.labelSv()), strip(o.labelEn()), o.value()));
    }
    return options;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, FieldErrors errors) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
