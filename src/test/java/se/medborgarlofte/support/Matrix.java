package se.medborgarlofte.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.medborgarlofte.organisation.Member;

/**
 * The one authorisation matrix: every endpoint of the app, called as every kind of actor, with the exact status each
 * must get. Each module keeps its rows in its own test package, in a class implementing {@link Rows} (found on the
 * test classpath, so a module adds rows by adding a file); {@code AuthorizationMatrixIntegrationTests} runs them all
 * and fails when an endpoint found in Spring MVC's handler mappings has no row.
 */
public final class Matrix {

  /** Who calls. The kommun is Båstad (1278) and the LPO Ängelholm; "other" is Eslöv (1285) and its LPO. */
  public static final List<String> ACTORS = List.of("anonymous", "coordinator", "police", "otherCoordinator",
      "otherPolice", "municipalSignatory", "policeSignatory", "otherSignatory", "analyst", "admin", "nobody");

  /** A module's rows. Implementations need a public no-argument constructor. */
  public interface Rows {
    List<Row> rows(Matrix matrix);
  }

  /**
   * One endpoint called one way.
   *
   * @param endpoint the mapping it covers, as {@code METHOD pattern}, e.g. {@code GET /kommuner/{code}}
   * @param request builds the request for an actor (a fresh one each time, so one cell cannot decide another)
   * @param expected the status per actor
   */
  public record Row(String endpoint, Function<String, AbstractMockHttpServletRequestBuilder<?>> request,
      Map<String, Integer> expected) {

    /** The same request for every actor, built anew each time (a builder keeps what each call adds to it). */
    public Row(String endpoint, Supplier<AbstractMockHttpServletRequestBuilder<?>> request,
        Map<String, Integer> expected) {
      this(endpoint, actor -> request.get(), expected);
    }
  }

  private final ApplicationContext context;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final long lpo;
  private final long otherLpo;

  public Matrix(ApplicationContext context) {
    this.context = context;
    People people = context.getBean(People.class);
    this.lpo = people.angelholm();
    this.otherLpo = people.eslov();
    members.put("coordinator", people.coordinator("1278"));
    members.put("police", people.police(lpo));
    members.put("otherCoordinator", people.coordinator("1285"));
    members.put("otherPolice", people.police(otherLpo));
    members.put("municipalSignatory", people.signatoryForMunicipality("1278"));
    members.put("policeSignatory", people.signatoryForLpo(lpo));
    members.put("otherSignatory", people.signatoryForMunicipality("1285"));
    members.put("analyst", people.analyst());
    members.put("admin", people.admin());
    members.put("nobody", people.nobody());
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public Member member(String actor) {
    return members.get(actor);
  }

  /** Ängelholm, the LPO of Båstad. */
  public long lpo() {
    return lpo;
  }

  public long otherLpo() {
    return otherLpo;
  }

  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The request as the actor sends it: HTTP Basic to the API, a signed-in session (and CSRF token) elsewhere. */
  public AbstractMockHttpServletRequestBuilder<?> as(String actor, AbstractMockHttpServletRequestBuilder<?> request,
      boolean api) {
    Member m = members.get(actor);
    if (!api) {
      request.with(csrf());
    }
    if (m != null) {
      request.with(api ? httpBasic(m.getUsername(), People.PASSWORD) : user(m));
    }
    return request;
  }

  /** Every actor gets {@code status}; change some with {@link Expect#but}. */
  public static Expect all(int status) {
    Expect e = new Expect();
    ACTORS.forEach(a -> e.put(a, status));
    return e;
  }

  /** Statuses in the order of {@link #ACTORS}. */
  public static Expect inOrder(int... statuses) {
    if (statuses.length != ACTORS.size()) {
      throw new IllegalArgumentException("give one status per actor: " + ACTORS);
    }
    Expect e = new Expect();
    for (int i = 0; i < statuses.length; i++) {
      e.put(ACTORS.get(i), statuses[i]);
    }
    return e;
  }

  /** Anonymous gets {@code anonymous}, the admin {@code admin}, every other signed-in actor 403. */
  public static Expect adminOnly(int anonymous, int admin) {
    return all(403).but("anonymous", anonymous).but("admin", admin);
  }

  /** Anonymous gets {@code anonymous}, every signed-in actor {@code member}. */
  public static Expect signedIn(int anonymous, int member) {
    return all(member).but("anonymous", anonymous);
  }

  public static final class Expect extends LinkedHashMap<String, Integer> {
    public Expect but(String actor, int status) {
      if (!ACTORS.contains(actor)) {
        throw new IllegalArgumentException("no actor " + actor);
      }
      put(actor, status);
      return this;
    }
  }
}
