package org.casegraph.resolution;

import java.util.HashMap;
import java.util.Map;

/**
 * One relationship the duplicate had: its type, whether it left the duplicate ({@code out}), the node at
 * its other end, its properties (encoded by {@link StoredValues}), and whether keep already had the same
 * one, so it was dropped rather than moved.
 */
record MovedLink(String type, boolean out, String other, Map<String, Object> properties, boolean deduplicated) {

  static MovedLink of(Map<String, Object> stored) {
    @SuppressWarnings("unchecked")
    var properties = (Map<String, Object>) stored.get("properties");
    return new MovedLink((String) stored.get("type"), (Boolean) stored.get("out"), (String) stored.get("other"),
        properties, (Boolean) stored.get("deduplicated"));
  }

  /** As a Cypher parameter, with the properties typed again. */
  Map<String, Object> parameter() {
    var row = new HashMap<String, Object>();
    row.put("type", type);
    row.put("out", out);
    row.put("other", other);
    row.put("properties", StoredValues.decode(properties));
    row.put("deduplicated", deduplicated);
    return row;
  }

  String describe(String keep) {
    return out ? "%s from '%s' to '%s'".formatted(type, keep, other) : "%s from '%s' to '%s'".formatted(type, other, keep);
  }
}
