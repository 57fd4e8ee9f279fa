package org.casegraph.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.support.Folding;

/** An entity's aliases with the keys derived from them for search and filters, as the import writes them. */
final class NameKeys {

  private NameKeys() {}

  static Map<String, Object> of(String name, List<String> aliases) {
    var keys = new HashMap<String, Object>();
    keys.put("aliases", aliases);
    keys.put("aliasText", Folding.aliasText(aliases));
    keys.put("nameKey", Folding.nameKey(name, aliases));
    return keys;
  }

  static final List<String> KEYS = List.of("aliases", "aliasText", "nameKey");
}
