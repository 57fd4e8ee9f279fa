package org.casegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a stream, one at a time, in UTF-8, each at most a given number of bytes long: a longer
 * line is skipped to its end unread, so that one endless line cannot exhaust memory. The stream is read
 * in chunks and each chunk scanned for line breaks (a reader of one byte at a time took most of an
 * import's reading time).
 */
final class Lines {

  /** A line, or {@code text == null} when it was longer than the limit. */
  record Line(long number, @Nullable String text) {}

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int limit;
  private boolean ended;
  private byte[] line = new byte[1024];
  private int length;
  private long number;

  Lines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    length = 0;
    var tooLong = false;
    var broken = false;
    while (!broken) {
      if (position == limit && !fill()) {
        break;
      }
      var end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      var room = maxBytes - length;
      if (end - position > room) {
        tooLong = true;
      }
      append(position, Math.min(end - position, Math.max(room, 0)));
      broken = end < limit;
      position = broken ? end + 1 : end;
    }
    if (!broken && length == 0 && !tooLong) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    var bytes = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new Line(number, new String(line, 0, bytes, StandardCharsets.UTF_8));
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    var read = in.read(chunk, 0, CHUNK);
    if (read < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void append(int from, int count) {
    if (count <= 0) {
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }
}
