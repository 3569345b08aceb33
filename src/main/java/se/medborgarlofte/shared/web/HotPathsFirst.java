package se.medborgarlofte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.medborgarlofte.shared.plugin.HotPath;

/**
 * Spring MVC's own handler mapping, configured as Boot configures it, which tests the handlers marked
 * {@link HotPath} before searching all mappings. Anything else (no marked match, a CORS preflight, a wrong method
 * or media type on a marked path) goes through the normal search, so errors such as 405 and 415 are unchanged.
 */
@Configuration(proxyBeanMethods = false)
class HotPathsFirst {

  @Bean
  WebMvcRegistrations hotPathsFirstRegistrations() {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
      }
    };
  }

  /** The handler mapping; public so tests and operators can see which routes are hot. */
  public static final class Mapping extends RequestMappingHandlerMapping {

    private List<Map.Entry<RequestMappingInfo, HandlerMethod>> hot = List.of();

    @Override
    public void afterPropertiesSet() {
      super.afterPropertiesSet();
      hot = getHandlerMethods().entrySet().stream().filter(e -> e.getValue().hasMethodAnnotation(HotPath.class))
          .toList();
    }

    /** The marked mappings, in the order they are tested. */
    public List<RequestMappingInfo> hotMappings() {
      return hot.stream().map(Map.Entry::getKey).toList();
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
      if (!CorsUtils.isPreFlightRequest(request)) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : hot) {
          RequestMappingInfo match = route.getKey().getMatchingCondition(request);
          if (match != null) {
            // What the normal search does with its best match.
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, route.getValue());
            handleMatch(match, lookupPath, request);
            return route.getValue();
          }
        }
      }
      return super.lookupHandlerMethod(lookupPath, request);
    }
  }
}
