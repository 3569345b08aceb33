package se.medborgarlofte.reports.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.medborgarlofte.reports.PublicMapData;

/**
 * Serves the kept GeoJSON: the gzipped copy to a client that takes gzip, the plain bytes to one that does not, and
 * 304 when the client already holds that copy (each copy has its own ETag, as HTTP asks of different encodings).
 */
final class KeptBytes {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private KeptBytes() {}

  static ResponseEntity<byte[]> answer(PublicMapData.Answer a, String ifNoneMatch, String acceptEncoding) {
    boolean gzip = acceptsGzip(acceptEncoding);
    String etag = gzip ? a.etag().substring(0, a.etag().length() - 1) + "-gz\"" : a.etag();
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (matches(ifNoneMatch, etag)) {
      answer = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
    }
    answer.eTag(etag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).cacheControl(CacheControl.noCache())
        .contentType(GEO_JSON);
    if (matches(ifNoneMatch, etag)) {
      return answer.build();
    }
    if (gzip) {
      answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    return answer.body(gzip ? a.gzip() : a.json());
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  /** Does Accept-Encoding name gzip (or *) without refusing it with q=0? */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
        boolean refused = false;
        for (int i = 1; i < pieces.length; i++) {
          String p = pieces[i].strip().toLowerCase(java.util.Locale.ROOT);
          if (p.startsWith("q=") && p.substring(2).matches("0(\\.0{0,3})?")) {
            refused = true;
          }
        }
        if (!refused) {
          return true;
        }
      }
    }
    return false;
  }
}
