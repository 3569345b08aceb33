package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.medborgarlofte.support.IntegrationTest;
import se.medborgarlofte.support.Matrix;

/**
 * Runs every module's {@link Matrix.Rows}: each endpoint as anonymous, as each role, and as a member of another kommun
 * or LPO, checking the exact status each one gets. The endpoints come from Spring MVC's handler mappings, so one
 * without a row fails the test instead of passing unseen.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired RequestMappingHandlerMapping requestMappingHandlerMapping;

  @Test
  void everyEndpointHasARowAndAnswersEveryActorAsSpecified() throws Exception {
    Matrix matrix = new Matrix(context);
    List<Matrix.Row> rows = new ArrayList<>();
    for (Matrix.Rows source : rowSources()) {
      rows.addAll(source.rows(matrix));
    }
    Set<String> endpoints = endpoints();
    Set<String> covered = new TreeSet<>();
    rows.forEach(r -> covered.add(r.endpoint()));
    assertThat(difference(endpoints, covered)).as("endpoints without a row in any Matrix.Rows").isEmpty();
    assertThat(difference(covered, endpoints)).as("rows naming an endpoint that does not exist").isEmpty();

    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Matrix.Row row : rows) {
      for (String actor : Matrix.ACTORS) {
        AbstractMockHttpServletRequestBuilder<?> request = row.request().apply(actor);
        boolean api = row.endpoint().contains(" /api/");
        int status = mvc.perform(matrix.as(actor, request, api)).andReturn().getResponse().getStatus();
        checked++;
        Integer expected = row.expected().get(actor);
        if (expected == null || status != expected) {
          mismatches.add(row.endpoint() + " as " + actor + ": expected " + expected + " got " + status);
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theRowsOfEveryModuleAreFound() throws Exception {
    assertThat(rowSources()).extracting(r -> r.getClass().getPackageName()).contains("se.medborgarlofte.organisation",
        "se.medborgarlofte.promise", "se.medborgarlofte.portal", "se.medborgarlofte.admin", "se.medborgarlofte.shared",
        "se.medborgarlofte.example");
  }

  /** Our own endpoints (not Spring Boot's error or springdoc's), as {@code METHOD pattern}. */
  private Set<String> endpoints() {
    Set<String> all = new TreeSet<>();
    requestMappingHandlerMapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
      if (!method.getBeanType().getPackageName().startsWith("se.medborgarlofte")) {
        return;
      }
      var methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          all.add("ANY " + pattern);
        }
        methods.forEach(m -> all.add(m.name() + " " + pattern));
      }
    });
    return all;
  }

  static List<Matrix.Rows> rowSources() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Matrix.Rows.class));
    List<Matrix.Rows> sources = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("se.medborgarlofte")) {
      sources.add((Matrix.Rows) Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance());
    }
    return sources;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
