package org.casegraph.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where the entities of an import come from: the data set's name, and optionally its publisher and address. */
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
    source.put("note", "People and organisations imported from FollowTheMoney entity JSON lines. They carry no "
        + "claims: this source records where they came from, and asserts nothing.");
    return source;
  }
}
