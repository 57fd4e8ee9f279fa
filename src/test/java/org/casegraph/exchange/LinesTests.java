package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines read one at a time, numbered, with an endless one skipped rather than held. */
class LinesTests {

  @Test
  void shouldNumberLinesAndSkipOneLongerThanTheLimitWithoutLosingTheNext() throws Exception {
    var text = "first\r\n" + "x".repeat(100) + "\n\nÁlvaro\nlast without newline";

    assertThat(read(text, 50)).containsExactly("1 first", "2 null", "3 ", "4 Álvaro", "5 last without newline");
  }

  @Test
  void shouldFindLinesThatCrossTheChunksTheStreamIsReadIn() throws Exception {
    var expected = new ArrayList<String>();
    var text = new StringBuilder();
    for (var i = 1; i <= 5_000; i++) {
      var line = "línea " + i + " " + "é".repeat(i % 97);
      expected.add(i + " " + line);
      text.append(line).append(i % 2 == 0 ? "\r\n" : "\n");
    }

    assertThat(read(text.toString(), 1_000)).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldSkipALineLongerThanTheLimitAcrossChunksAndCountItOnce() throws Exception {
    var text = "a\n" + "y".repeat(200_000) + "\nb";

    assertThat(read(text, 100_000)).containsExactly("1 a", "2 null", "3 b");
  }

  @Test
  void shouldReadALineOfExactlyTheLimit() throws Exception {
    assertThat(read("x".repeat(50) + "\n" + "z".repeat(51), 50)).containsExactly("1 " + "x".repeat(50), "2 null");
  }

  @Test
  void shouldReadNothingFromAnEmptyStream() throws Exception {
    assertThat(read("", 10)).isEmpty();
  }

  private static List<String> read(String text, int maxBytes) throws Exception {
    var lines = new Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes);
    var all = new ArrayList<String>();
    for (var line = lines.next(); line != null; line = lines.next()) {
      all.add(line.number() + " " + line.text());
    }
    return all;
  }
}
