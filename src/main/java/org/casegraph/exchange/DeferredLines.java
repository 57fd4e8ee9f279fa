package org.casegraph.exchange;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Lines put aside until the end of a file, kept in a temporary file rather than in memory, so that an
 * import holds no more for a file of a million relationships than for one of ten: relationship lines wait
 * here until every entity of the file is written, since a line may name an entity on a later line.
 */
final class DeferredLines implements AutoCloseable {

  private @Nullable Path file;
  private @Nullable BufferedWriter writer;
  private long count;

  void add(long number, String text) throws IOException {
    if (writer == null) {
      file = Files.createTempFile("casegraph-ftm-", ".jsonl");
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
    // A line as read holds no line break, so the number and the text fit on one line of the file.
    writer.write(Long.toString(number));
    writer.write('\t');
    writer.write(text);
    writer.newLine();
    count++;
  }

  long count() {
    return count;
  }

  /** Reads the lines back in the order they were put aside; call once, after the last {@link #add}. */
  Reader reader() throws IOException {
    if (writer == null || file == null) {
      return new Reader(null);
    }
    writer.close();
    return new Reader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  static final class Reader implements AutoCloseable {
    private final @Nullable BufferedReader in;

    private Reader(@Nullable BufferedReader in) {
      this.in = in;
    }

    Lines.@Nullable Line next() throws IOException {
      var text = in == null ? null : in.readLine();
      if (text == null) {
        return null;
      }
      var tab = text.indexOf('\t');
      return new Lines.Line(Long.parseLong(text.substring(0, tab)), text.substring(tab + 1));
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
