package org.casegraph.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.support.Folding;

/** An entity's aliases with the keys derived from them for search and filters, as the import writes them. */
final class NameKeys {

  private NameKeys() {}

  static Map<String, Object> of(String name, List<String> aliases) {
    var key = new StringBuilder(Folding.fold(name));
    aliases.forEach(a -> key.append('\n').append(Folding.fold(a)));
    var keys = new HashMap<String, Object>();
    keys.put("aliases", aliases);
    keys.put("aliasText", String.join(" | ", aliases));
    keys.put("nameKey", key.toString());
    return keys;
  }

  static final List<String> KEYS = List.of("aliases", "aliasText", "nameKey");
}
