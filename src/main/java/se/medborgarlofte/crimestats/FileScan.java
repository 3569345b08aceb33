package se.medborgarlofte.crimestats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamSource;

/**
 * One streaming pass over a file before it is read: its SHA-256 (a re-import of the same bytes is a no-op) and its
 * encoding. Spreadsheets on Swedish Windows still save Windows-1252, so a file that is not valid UTF-8 is read as
 * Windows-1252 (which includes ISO-8859-1's å, ä, ö). Memory stays flat: 64 KB at a time.
 */
record FileScan(String sha256, Charset charset, long bytes) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static FileScan of(InputStreamSource source) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean validUtf8 = true;
    long total = 0;
    try (InputStream in = new DigestInputStream(source.getInputStream(), digest)) {
      byte[] chunk = new byte[65536];
      ByteBuffer bytes = ByteBuffer.allocate(65536 + 8);
      CharBuffer chars = CharBuffer.allocate(65536 + 8);
      int n;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (!validUtf8) {
          continue;
        }
        bytes.put(chunk, 0, n).flip();
        CoderResult r = utf8.decode(bytes, chars, false);
        validUtf8 = !r.isError();
        bytes.compact();
        chars.clear();
      }
      if (validUtf8) {
        bytes.flip();
        validUtf8 = !utf8.decode(bytes, chars, true).isError() && !bytes.hasRemaining();
      }
    }
    return new FileScan(HexFormat.of().formatHex(digest.digest()), validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252,
        total);
  }
}
