package se.medborgarlofte.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload a background import keeps on disk until it ends (crime statistics, a survey's answers): read with its
 * bytes counted for the progress display, and deleted once the import is done or refused.
 */
public final class SpooledFile {

  private static final Logger log = LoggerFactory.getLogger(SpooledFile.class);

  private SpooledFile() {}

  /** {@code file} opened for reading, adding every byte read to {@code read}. */
  public static InputStream counting(Path file, AtomicLong read) throws IOException {
    return new FilterInputStream(Files.newInputStream(file)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }
    };
  }

  /** Deletes {@code file}; a failure is logged, not thrown: the import's outcome is already decided. */
  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("could not delete {}", file, e);
    }
  }
}
