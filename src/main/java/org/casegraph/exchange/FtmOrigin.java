package org.casegraph.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the entities of an import come from: the data set's name, and optionally its publisher (who makes the
 * claims behind its relationships, which are imported only when it is named) and address.
 */
record FtmOrigin(String dataset, @Nullable String publisher, @Nullable String url) {

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
