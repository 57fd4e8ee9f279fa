package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Lines parsed on other threads, chunks ahead, and given back in file order with what each became. */
class ParsedLinesTests {

  @Test
  void shouldGiveEveryLineInFileOrderAcrossManyChunks() throws Exception {
    var text = new StringBuilder();
    for (var i = 1; i <= 30_000; i++) {
      text.append("{\"id\": \"p").append(i).append("\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Persona ")
          .append(i).append("\"]}}\n");
    }

    var all = read(text.toString(), DataSize.ofKilobytes(64));

    assertThat(all).hasSize(30_000);
    for (var i = 0; i < all.size(); i++) {
      assertThat(all.get(i)).isEqualTo((i + 1) + " person:ftm-p" + (i + 1));
    }
  }

  @Test
  void shouldSayWhyALineIsNotAnEntityAndPassBlankLinesOver() throws Exception {
    var text = """
        {"id": "a", "schema": "Person", "properties": {"name": ["Ana"]}}

        {"id": "b", "schema": "Person"
        {"id": "c", "schema": "Vessel", "properties": {"name": ["Bote"]}}
        """ + "{\"id\": \"d\", \"schema\": \"Person\", \"properties\": {\"name\": [\"" + "x".repeat(200) + "\"]}}\n";

    var all = read(text, DataSize.ofBytes(120));

    assertThat(all).hasSize(5);
    assertThat(all.get(0)).isEqualTo("1 person:ftm-a");
    assertThat(all.get(1)).isEqualTo("2 blank");
    assertThat(all.get(2)).startsWith("3 refused null: not valid JSON");
    assertThat(all.get(3)).startsWith("4 refused c: schema 'Vessel' is not imported");
    assertThat(all.get(4)).isEqualTo("5 refused null: longer than 120B");
  }

  private static List<String> read(String text, DataSize maxLine) throws Exception {
    var all = new ArrayList<String>();
    try (var lines = new ParsedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine)) {
      for (var parsed = lines.next(); parsed != null; parsed = lines.next()) {
        var number = parsed.line().number();
        all.add(number + " " + switch (parsed.outcome()) {
          case null -> "blank";
          case FtmEntities.Mapped m -> m.id();
          case FtmEntities.Refused r -> "refused " + r.ftmId() + ": " + r.reason();
          case FtmEntities.Related r -> "related " + r.link().ftmId();
        });
      }
    }
    return all;
  }
}
