package se.medborgarlofte.reports.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Open311's XML: the same maps and lists as the JSON, a list's items named by the singular of the list
 * ({@code services} → {@code service}, {@code service_requests} → {@code request}). Written with the JDK's StAX, so
 * every text is escaped and no XML library is added to the whole application's message converters.
 */
final class Open311Xml {

  private static final Map<String, String> ITEMS = Map.of("services", "service", "endpoints", "endpoint",
      "formats", "format", "attributes", "attribute", "values", "value", "service_requests", "request",
      "errors", "error", "service_request_updates", "request_update");
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private Open311Xml() {}

  static String write(String root, Object value) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      element(xml, root, value);
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
    xml.writeStartElement(name);
    if (value instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        if (e.getValue() != null) {
          element(xml, String.valueOf(e.getKey()), e.getValue());
        }
      }
    } else if (value instanceof List<?> list) {
      String item = ITEMS.getOrDefault(name, "item");
      for (Object o : list) {
        element(xml, item, o);
      }
    } else if (value != null) {
      xml.writeCharacters(String.valueOf(value));
    }
    xml.writeEndElement();
  }
}
