package se.medborgarlofte.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamSource;

/**
 * What the survey's CSV imports share: the encoding (UTF-8 when the bytes are valid UTF-8, else Windows-1252, which
 * Swedish spreadsheets still save), a leading BOM, and the separator (';' as Swedish Excel writes, or ',').
 */
final class SurveyCsv {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final String BOM = "\uFEFF";

  private SurveyCsv() {}

  /** A whole small file as text, in the encoding it was saved in, without its BOM. */
  static String decode(byte[] file) {
    String text;
    try {
      text = utf8().decode(ByteBuffer.wrap(file)).toString();
    } catch (CharacterCodingException e) {
      text = new String(file, WINDOWS_1252);
    }
    return withoutBom(text);
  }

  /**
   * The encoding of a file of any size, read as a stream (never whole): UTF-8 if every byte sequence is valid UTF-8,
   * else Windows-1252, in which every byte is a character.
   */
  static Charset charsetOf(InputStreamSource file) throws IOException {
    CharsetDecoder decoder = utf8();
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    try (InputStream stream = file.getInputStream()) {
      byte[] chunk = new byte[32 * 1024];
      int n;
      while ((n = stream.read(chunk)) >= 0) {
        in.put(chunk, 0, n);
        in.flip();
        if (!decodes(decoder, in, out, false)) {
          return WINDOWS_1252;
        }
        in.compact();
      }
      in.flip();
      return decodes(decoder, in, out, true) && !decoder.flush(out).isError() ? StandardCharsets.UTF_8
          : WINDOWS_1252;
    }
  }

  private static boolean decodes(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean last) {
    while (true) {
      out.clear();
      CoderResult r = decoder.decode(in, out, last);
      if (r.isError()) {
        return false;
      }
      if (r.isUnderflow()) {
        // A sequence cut at the end of the file is malformed; one cut at a chunk's end waits for the next chunk.
        return !last || !in.hasRemaining();
      }
    }
  }

  static String withoutBom(String text) {
    return text.startsWith(BOM) ? text.substring(1) : text;
  }

  /** ';' when the header has one (Swedish spreadsheets), else ','. */
  static char separator(String header) {
    return header.contains(";") ? ';' : ',';
  }

  private static CharsetDecoder utf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
