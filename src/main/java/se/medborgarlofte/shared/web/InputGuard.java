package se.medborgarlofte.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text with control characters (a NUL byte, an escape sequence) is refused where it enters, naming the field: in JSON
 * bodies by the string reader, in forms by a filter. PostgreSQL cannot store a NUL in text, so without this such a
 * value reached the database and failed there as a 500.
 */
@Configuration(proxyBeanMethods = false)
class InputGuard {

  /** Tab, line feed and carriage return are text; every other C0 control character and DEL are not. */
  static int firstControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return i;
      }
    }
    return -1;
  }

  @Bean
  JsonMapperBuilderCustomizer controlCharactersInJson() {
    SimpleModule module = new SimpleModule("control-characters");
    module.addDeserializer(String.class, new SafeStrings());
    return builder -> builder.addModule(module);
  }

  static final class SafeStrings extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      // A number or a boolean where text belongs is a mistake to report, not a value to convert.
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String value = p.getString();
      if (value != null && firstControlCharacter(value) >= 0) {
        ctxt.reportInputMismatch(this, "contains a control character");
      }
      return value;
    }
  }

  /**
   * The same rule for form fields and query parameters, on every request (a search for {@code %00} would otherwise
   * fail in the database too). A JSON body is not read here: only form bodies are parameters.
   */
  @Component
  @Order(Ordered.HIGHEST_PRECEDENCE + 30)
  static class FormFields extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
        for (String value : field.getValue()) {
          if (firstControlCharacter(value) >= 0) {
            response.setStatus(400);
            response.setContentType("text/plain;charset=UTF-8");
            String name = field.getKey().replaceAll("[^A-Za-z0-9_.-]", "?");
            response.getOutputStream().write(("Fältet " + name + " innehåller ett otillåtet tecken / the field "
                + name + " contains a control character").getBytes(StandardCharsets.UTF_8));
            return;
          }
        }
      }
      chain.doFilter(request, response);
    }
  }
}
