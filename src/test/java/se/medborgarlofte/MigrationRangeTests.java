package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.medborgarlofte.shared.plugin.MigrationRange;

/**
 * Every module's Flyway migrations stay in the version range its package-info declares ({@link MigrationRange}):
 * SQL files in {@code db/migration/<module>/}, Java migrations in the module's packages. So two modules written at
 * the same time can never both take version 20.
 */
class MigrationRangeTests {

  static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

  @Test
  void everyMigrationIsInItsModulesRangeAndNoVersionIsTakenTwice() throws Exception {
    Map<String, int[]> ranges = ranges();
    assertThat(ranges).containsKeys("shared", "organisation", "promise", "example");
    Map<Integer, String> owners = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*__*")) {
      String path = r.getURL().getPath();
      String folder = path.substring(0, path.lastIndexOf('/'));
      String module = folder.substring(folder.lastIndexOf('/') + 1);
      check(module, r.getFilename(), ranges, owners, problems);
    }
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
    for (var candidate : scanner.findCandidateComponents("se.medborgarlofte")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      String module = type.getPackageName().replaceFirst("^se\\.medborgarlofte\\.([^.]+).*$", "$1");
      check(module, type.getSimpleName(), ranges, owners, problems);
    }
    assertThat(owners).as("migrations found").hasSizeGreaterThanOrEqualTo(5);
    assertThat(problems).isEmpty();
  }

  @Test
  void noTwoModulesDeclareOverlappingRanges() {
    Map<Integer, String> claimed = new TreeMap<>();
    List<String> overlaps = new ArrayList<>();
    ranges().forEach((module, range) -> {
      for (int i = 0; i + 1 < range.length; i += 2) {
        for (int v = range[i]; v <= range[i + 1]; v++) {
          String before = claimed.put(v, module);
          if (before != null) {
            overlaps.add(v + ": " + before + " and " + module);
          }
        }
      }
    });
    assertThat(overlaps).isEmpty();
  }

  @Test
  void aMigrationOutsideItsRangeIsReported() {
    List<String> problems = new ArrayList<>();
    check("promise", "V25__promise_extra.sql", Map.of("promise", new int[] {10, 19}), new TreeMap<>(), problems);
    assertThat(problems).singleElement().asString().contains("V25__promise_extra.sql", "10–19");
  }

  private static void check(String module, String name, Map<String, int[]> ranges, Map<Integer, String> owners,
      List<String> problems) {
    Matcher m = VERSION.matcher(name);
    if (!m.matches()) {
      problems.add(module + "/" + name + " is not named V<version>__<description>");
      return;
    }
    int version = Integer.parseInt(m.group(1));
    int[] range = ranges.get(module);
    if (range == null) {
      problems.add(name + " is in '" + module + "', which is not a module with a @MigrationRange");
    } else if (!within(version, range)) {
      problems.add(module + "/" + name + " is outside the module's range " + describe(range));
    }
    String other = owners.put(version, module + "/" + name);
    if (other != null) {
      problems.add("version " + version + " is taken by both " + other + " and " + module + "/" + name);
    }
  }

  private static boolean within(int version, int[] range) {
    for (int i = 0; i + 1 < range.length; i += 2) {
      if (version >= range[i] && version <= range[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static String describe(int[] range) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i + 1 < range.length; i += 2) {
      parts.add(range[i] + "–" + range[i + 1]);
    }
    return String.join(", ", parts);
  }

  /**
   * Module name → its declared ranges, read from the package-info of every top-level package (the modules, and the
   * example module that exists only in the tests).
   */
  static Map<String, int[]> ranges() {
    Map<String, int[]> ranges = new LinkedHashMap<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver()
          .getResources("classpath*:se/medborgarlofte/*/package-info.class")) {
        String path = r.getURL().getPath();
        String module = path.substring(0, path.lastIndexOf('/'));
        module = module.substring(module.lastIndexOf('/') + 1);
        MigrationRange range = Class.forName("se.medborgarlofte." + module + ".package-info")
            .getAnnotation(MigrationRange.class);
        if (range != null) {
          ranges.put(module, range.value());
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not read the modules' migration ranges", e);
    }
    return ranges;
  }
}
