package org.casegraph.exchange;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a stream, one at a time, in UTF-8, each at most a given number of bytes long: a longer
 * line is skipped to its end unread, so that one endless line cannot exhaust memory.
 */
final class Lines {

  /** A line, or {@code text == null} when it was longer than the limit. */
  record Line(long number, @Nullable String text) {}

  private final InputStream in;
  private final int maxBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private long number;

  Lines(InputStream in, int maxBytes) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    buffer.reset();
    var tooLong = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (buffer.size() < maxBytes) {
        buffer.write(b);
      } else {
        tooLong = true;
      }
    }
    if (b == -1 && buffer.size() == 0 && !tooLong) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    var text = buffer.toString(StandardCharsets.UTF_8);
    return new Line(number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
  }
}
