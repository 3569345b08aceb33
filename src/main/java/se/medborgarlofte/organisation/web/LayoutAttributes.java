package se.medborgarlofte.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the language switch's links for this URL (fragments/shared.html). Added
 * when a view is about to be rendered, not as a {@code @ModelAttribute} advice: an advice runs for every handler,
 * JSON endpoints included, and was a tenth of the CPU of a survey answer.
 */
@Configuration(proxyBeanMethods = false)
class LayoutAttributes implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
          ModelAndView view) {
        if (view != null && !isRedirect(view)) {
          add(request, view);
        }
      }
    });
  }

  private static boolean isRedirect(ModelAndView view) {
    // A redirect would carry model attributes into its URL.
    String name = view.getViewName();
    return view.getView() instanceof org.springframework.web.servlet.view.RedirectView
        || name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
  }

  static void add(HttpServletRequest request, ModelAndView view) {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    UriComponentsBuilder base = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang");
    view.addObject("langSvUrl", base.cloneBuilder().queryParam("lang", "sv").build().encode().toUriString());
    view.addObject("langEnUrl", base.cloneBuilder().queryParam("lang", "en").build().encode().toUriString());
  }
}
