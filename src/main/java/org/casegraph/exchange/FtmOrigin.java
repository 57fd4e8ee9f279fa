package org.casegraph.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the entities of an import come from: the data set's name, and optionally its publisher (who makes the
 * claims behind its relationships, which are imported only when it is named) and address.
 */
record FtmOrigin(String dataset, @Nullable String publisher, @Nullable String url) {

  /** Writes the data set's source ({@code $source}, see {@link #source()}); a restriction set on it since (by a write) is kept. */
  static final String WRITE = """
      MERGE (s:Node {id: $source.id})
      SET s:Source
      WITH s, $source AS source
      WITH s, CASE WHEN s.restricted IS NULL THEN source ELSE source {.*, restricted: s.restricted} END AS wanted
      WHERE properties(s) <> wanted
      SET s = wanted
      """;

  String sourceId() {
    return FtmEntities.casegraphId("source", dataset);
  }

  Map<String, Object> source() {
    var source = new LinkedHashMap<String, Object>();
    source.put("id", sourceId());
    source.put("title", "FollowTheMoney entities: " + dataset);
    if (publisher != null) {
      source.put("publisher", publisher);
    }
    if (url != null) {
      source.put("url", url);
    }
    source.put("note", "Imported from FollowTheMoney entity JSON lines. Its people and organisations carry no claims: "
        + "this source records where they came from. Each relationship among them (a membership, an ownership, a family "
        + "tie…) comes with a claim from this source, made by its publisher.");
    return source;
  }
}
